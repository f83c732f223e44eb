// What the bot's handlers know and use: the answer engine, the plan, the store, the budgets, settings,
// the clock and the log (BotServices, wired in src/main.ts), and what a handler returns to be sent (Reply).
import type {
  ActionRowBuilder, ApplicationCommandOptionChoiceData, AutocompleteInteraction, ButtonBuilder, ChatInputCommandInteraction,
} from 'discord.js';
import type { Answer } from '../answer/answer.js';
import type { PastedCheck } from '../check/paragraph.js';
import type { Form } from '../understand/form.js';
import type { Budget, Cost } from '../limits/budget.js';
import type { FootnoteLookup } from '../plan/footnotes.js';
import type { PlanDocument } from '../plan/types.js';
import type { Store } from '../state/store.js';
import type { Target } from '../targets/extract.js';
import type { PlanLinks } from '../web/plan-links.js';
import type { Question } from './drain.js';
import type { MessagePayload } from './render.js';
import type { BotLog } from './types.js';

export type { BotLog } from './types.js';

/** For /about: what the bot answers from. */
export interface AboutInfo {
  title: string;
  indexBuiltAt: string;
  chunks: number;
  targets: number;
  /** The embedding model, or null when answering with BM25 alone. */
  model: string | null;
}

export interface BotServices {
  ask(question: string): Promise<Answer>;
  /** Checks a pasted claim (a paragraph sentence by sentence) through the same queue as ask. */
  check(text: string): Promise<PastedCheck>;
  /** A question to answer or a claim to check, as understanding reads the text (src/understand/form.ts). */
  formOf(text: string): Form;
  findTargets(topic: string): Promise<Target[]>;
  targets: readonly Target[];
  plan: PlanDocument;
  footnotes: FootnoteLookup;
  store: Store;
  digest: { postAt: string; timeZone: string; size: number };
  /** Whether questions are written to the question log. */
  questionLog: boolean;
  /** Every command, button, autocomplete and question is charged to it (src/limits/budget.ts). */
  budget: Budget;
  /** Whether the Message Content intent is requested (ask channels and thread follow-ups need it). */
  messageContent: boolean;
  about: AboutInfo;
  now: () => Date;
  log: BotLog;
  /** Links into the web reader (when PUBLIC_URL is set): "Open in the plan" buttons, linked targets. */
  planLinks?: PlanLinks | null;
}

/** What the handlers know of the bot itself. */
export interface Lifecycle {
  botId(): string | null;
  /** True once shutdown has begun: new questions are told to ask again in a minute. */
  draining(): boolean;
  /** Registers a question being answered (see drain.ts); call the returned function when it is done. */
  begin(q: Question): () => void;
}

export type ButtonRow = ActionRowBuilder<ButtonBuilder>;

/** What a command or button sends: the payloads (split to Discord's limits), buttons under the first. */
export interface Reply {
  payloads: MessagePayload[];
  components?: ButtonRow[];
}

export const textReply = (content: string): Reply => ({ payloads: [{ content, embeds: [] }] });

/** How a handler's reply is deferred: a public or ephemeral reply, or an update of the clicked message. */
export type DeferMode = 'reply' | 'ephemeral' | 'update';

/** One slash command, one file (src/discord/commands/): its definition and what it does. */
export interface Command {
  data: { name: string; toJSON(): unknown };
  defer: Exclude<DeferMode, 'update'>;
  /** What it costs in the budgets: 'question' when it runs the answer engine or the target search; 'command' when unset. */
  cost?: Cost;
  execute(i: ChatInputCommandInteraction, s: BotServices): Promise<Reply>;
  autocomplete?(i: AutocompleteInteraction, s: BotServices): Promise<ApplicationCommandOptionChoiceData[]>;
}
