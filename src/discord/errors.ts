// What the user is told when something goes wrong, as codes with one message each (the catalogue).
// A UserError is the user's to fix and is shown as is; anything else is a bug or an outage, shown as
// 'internal' with a reference the operator finds in the log.

export const USER_ERRORS = {
  answer_expired: '这条回答已过期（或不存在），请重新提问。',
  section_not_found: '没有找到这个章节。可以输入编号（如 3.2.1、专栏5）或标题中的词语。',
  quote_section_missing: '找不到这段引文所在的章节。',
  needs_manage_guild: '只有拥有“管理服务器”权限的成员可以更改本服务器的设置。',
  guild_only: '请在服务器的频道里使用这个命令。',
  not_a_text_channel: '请选择一个文字频道。',
  channel_of_another_server: '只能把本服务器的频道设为提问频道。',
  channel_not_visible: 'planbot 看不到这个频道：请在该频道给 planbot “查看频道”权限后再设置。',
  needs_message_content:
    '提问频道需要 Message Content 权限才能读到消息：请在 Discord Developer Portal → Bot → Privileged Gateway Intents 打开 ' +
    '“Message Content Intent”，在 .env 中设置 MESSAGE_CONTENT_INTENT=true，然后重启 planbot。',
  rate_limited: '提问太频繁了，请 {seconds} 秒后再试。',
  channel_busy: '这个频道现在提问的人太多了，请 {seconds} 秒后再试。(This channel is busy: please try again in {seconds} s.)',
  server_busy: '本服务器现在提问的人太多了，请 {seconds} 秒后再试。(This server is busy: please try again in {seconds} s.)',
  busy: 'planbot 现在太忙了，请一分钟后再问。(planbot is busy: please ask again in a minute.)',
  restarting: 'planbot 正在重启，请一分钟后再问。(planbot is restarting: please ask again in a minute.)',
  internal: '抱歉，处理时出错了，请稍后再试。（错误编号 {ref}）',
} as const;

export type ErrorCode = keyof typeof USER_ERRORS;

/** The log line for a question that arrived after shutdown began. */
export const RESTARTING_LOG = 'question arrived while shutting down: told to ask again in a minute';

export function errorMessage(code: ErrorCode, values: Record<string, string | number> = {}): string {
  return USER_ERRORS[code].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

export class UserError extends Error {
  constructor(readonly code: Exclude<ErrorCode, 'internal'>, readonly values: Record<string, string | number> = {}) {
    super(errorMessage(code, values));
    this.name = 'UserError';
  }
}
