// src/discord/ — owns the bot in Discord: slash commands, mentions, rendering within Discord's limits,
// rate limits and the digest posts. This file is pure: answers and digests → message payloads.
import type { Answer, AnswerItem } from '../answer/answer.js';
import { labelledCells, showTabs } from '../plan/tables.js';
import type { Digest } from '../targets/digest.js';
import type { Target } from '../targets/extract.js';
import { DIGEST_TITLE, targetHeadline } from '../targets/render.js';

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

/** Backslash-escapes Markdown and defuses @mentions, so a quote shows exactly as printed. */
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

function quoteBlock(item: AnswerItem, n: number): string {
  const text = escapeMarkdown(showTabs(item.text));
  const columns = item.columns ? `\n> ${escapeMarkdown(labelledCells(item.columns))}` : '';
  return `**${n}.**\n> ${text}${columns}\n— ${escapeMarkdown(item.citation.label)}`;
}

/** Packs blocks into embed descriptions (never splitting a block) and embeds into messages. */
export function packBlocks(blocks: string[], title: string, footer: string): MessagePayload[] {
  const descriptions: string[] = [];
  let current = '';
  for (const raw of blocks) {
    const block = raw.length > LIMITS.embedDescription ? `${raw.slice(0, LIMITS.embedDescription - 1)}…` : raw;
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
    const embed: EmbedPayload = { ...(i === 0 ? { title: title.slice(0, LIMITS.embedTitle) } : {}), description, color: 0xc0392b };
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

export function renderAnswer(a: Answer, page = 0, perPage = 3): MessagePayload[] {
  const notices = a.notices.map((n) => `*${escapeMarkdown(n)}*`);
  if (a.problem) return [{ content: a.problem.message, embeds: [] }];
  if (a.refused) {
    const lines = ['规划中没有直接回答这个问题的内容。', ...a.suggestions.map((s) => `• ${escapeMarkdown(s.label)}`)];
    if (a.suggestions.length) lines.splice(1, 0, '可以看看这些最接近的章节（/section）：');
    return packBlocks([...notices, lines.join('\n')], `问：${a.question}`, '未找到可引用的原文');
  }
  const shown = a.answers.slice(page * perPage, page * perPage + perPage);
  const blocks = shown.map((item, i) => quoteBlock(item, page * perPage + i + 1));
  const footer = `置信度 ${(a.confidence * 100).toFixed(0)}% · 第 ${page + 1}/${Math.max(1, Math.ceil(a.answers.length / perPage))} 页 · 引文均为规划原文`;
  return packBlocks([...notices, ...blocks], `问：${a.question}`, footer);
}

/** `none`: what to say when there are no targets (see noTargetsMessage in src/targets/render.ts). */
export function renderTargets(targets: Target[], title: string, none = '规划中没有这方面的量化目标。'): MessagePayload[] {
  const blocks = targets.map((t, i) =>
    `**${i + 1}. ${escapeMarkdown(targetHeadline(t))}**\n> ${escapeMarkdown(showTabs(t.quote))}\n— ${escapeMarkdown(t.citation.label)}`);
  return packBlocks(blocks.length ? blocks : [none], title, '规划目标 · 引文均为规划原文');
}

export function renderDigest(d: Digest): MessagePayload[] {
  return renderTargets(d.targets, `${DIGEST_TITLE} · ${d.date}`);
}

/** Section text paged for Discord: blocks of plan text, escaped, within limits. */
export function renderSection(label: string, texts: string[], page: number, perPage = 8): MessagePayload[] {
  const pages = Math.max(1, Math.ceil(texts.length / perPage));
  const shown = texts.slice(page * perPage, page * perPage + perPage).map((t) => escapeMarkdown(showTabs(t)));
  return packBlocks(shown.length ? shown : ['（本节没有正文）'], label, `第 ${Math.min(page + 1, pages)}/${pages} 页`);
}
