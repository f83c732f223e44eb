// src/discord/ — owns the bot in Discord: slash commands, ask channels, threads, mentions, buttons,
// rendering within Discord's limits, rate limits and the digest posts. This file is pure: Discord's
// limits, escaping, packing blocks into embeds, and targets, digests and sections → message payloads.
// Whatever a user typed is escaped before it is shown, so it can never format, link or ping.
import { showMarkers } from '../plan/footnotes.js';
import { showTabs } from '../plan/tables.js';
import type { Digest } from '../targets/digest.js';
import type { Target } from '../targets/extract.js';
import { DIGEST_TITLE, noTargetsMessage, targetHeadline } from '../targets/render.js';
import { truncate } from './text.js';

export const LIMITS = {
  content: 2000,
  embedDescription: 4096,
  embedFields: 25,
  embedTitle: 256,
  embedsTotal: 6000,
  embedsPerMessage: 10,
} as const;

/** Quoted plan text can never ping anyone. */
export const NO_MENTIONS = { parse: [] as never[], users: [] as string[], roles: [] as string[], repliedUser: false };

/**
 * Backslash-escapes Markdown and defuses @mentions, so a quote (or what a user typed) shows exactly as
 * written: no formatting, no heading, no masked link ([text](url) needs unescaped brackets), no ping.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\*_~`|>#[\]])/g, '\\$1').replace(/@/g, '@\u200b');
}

export interface EmbedPayload {
  title?: string;
  description: string;
  color?: number;
  footer?: { text: string };
}

export interface MessagePayload {
  content?: string;
  embeds: EmbedPayload[];
}

/** Plan text as shown in Discord: table cells separated, footnote markers as printed, escaped. */
export const planText = (text: string) => escapeMarkdown(showMarkers(showTabs(text)));

/** Every line of `text` inside the block quote (a "> " on the first line alone quotes only that line). */
export const blockQuote = (text: string) => text.split('\n').map((line) => `> ${line}`).join('\n');

/** Packs blocks into embed descriptions (never splitting a block) and embeds into messages. */
export function packBlocks(blocks: string[], title: string, footer: string): MessagePayload[] {
  const descriptions: string[] = [];
  let current = '';
  for (const raw of blocks) {
    const block = truncate(raw, LIMITS.embedDescription);
    if (current && current.length + 2 + block.length > LIMITS.embedDescription) {
      descriptions.push(current);
      current = '';
    }
    current = current ? `${current}\n\n${block}` : block;
  }
  if (current) descriptions.push(current);
  const messages: MessagePayload[] = [];
  let embeds: EmbedPayload[] = [];
  let total = 0;
  descriptions.forEach((description, i) => {
    const embed: EmbedPayload = { ...(i === 0 ? { title: truncate(title, LIMITS.embedTitle) } : {}), description, color: 0xc0392b };
    const size = description.length + (embed.title?.length ?? 0) + footer.length;
    if (embeds.length && (total + size > LIMITS.embedsTotal || embeds.length >= LIMITS.embedsPerMessage)) {
      messages.push({ embeds });
      embeds = [];
      total = 0;
    }
    embeds.push(embed);
    total += size;
  });
  if (embeds.length) messages.push({ embeds });
  const last = messages.at(-1)?.embeds.at(-1);
  if (last) last.footer = { text: footer };
  return messages;
}

/** `none`: what to say when there are no targets (see noTargetsMessage in src/targets/render.ts). */
/** A citation line, the label linked into the web reader when there is a link. */
const citationLine = (label: string, url: string | null | undefined) => (url ? `— [${escapeMarkdown(label)}](${url})` : `— ${escapeMarkdown(label)}`);

/** `link`: the web reader's link of a target's quote (when PUBLIC_URL is set). */
export function renderTargets(targets: Target[], title: string, none = '规划中没有这方面的量化目标。', link?: (quote: string) => string | null): MessagePayload[] {
  const blocks = targets.map((t, i) =>
    `**${i + 1}. ${escapeMarkdown(targetHeadline(t))}**\n${blockQuote(planText(t.quote))}\n${citationLine(t.citation.label, link?.(t.quote))}`);
  return packBlocks(blocks.length ? blocks : [none], title, '规划目标 · 引文均为规划原文');
}

/** /targets: the targets on what the user typed, which is echoed escaped in the title and the "none" line. */
export function renderTopicTargets(targets: Target[], topic: string, link?: (quote: string) => string | null): MessagePayload[] {
  const shown = escapeMarkdown(topic);
  return renderTargets(targets, `目标：${shown}`, noTargetsMessage(shown), link);
}

export function renderDigest(d: Digest, link?: (quote: string) => string | null): MessagePayload[] {
  return renderTargets(d.targets, `${DIGEST_TITLE} · ${d.date}`, undefined, link);
}

/** Section text paged for Discord: blocks of plan text, escaped, within limits. */
export function renderSection(label: string, texts: string[], page: number, perPage = 8): MessagePayload[] {
  const pages = Math.max(1, Math.ceil(texts.length / perPage));
  const shown = texts.slice(page * perPage, page * perPage + perPage).map(planText);
  return packBlocks(shown.length ? shown : ['（本节没有正文）'], label, `第 ${Math.min(page + 1, pages)}/${pages} 页`);
}
