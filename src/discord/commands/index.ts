// The slash commands, one file each; this list is what the interaction handler dispatches on and what
// scripts/deploy-commands.ts registers.
import type { Command } from '../context.js';
import { about } from './about.js';
import { ask } from './ask.js';
import { check } from './check.js';
import { digest } from './digest.js';
import { help } from './help.js';
import { section } from './section.js';
import { setup } from './setup.js';
import { targets } from './targets.js';

export const COMMANDS: ReadonlyMap<string, Command> = new Map(
  [ask, check, section, targets, digest, setup, help, about].map((c) => [c.data.name, c]),
);

export const commandData = [...COMMANDS.values()].map((c) => c.data.toJSON());
