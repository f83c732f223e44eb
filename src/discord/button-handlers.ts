// What each button does, by its decoded id: the next page of an answer or a section (the clicked
// message is updated), a quote's whole section (only to the clicker), a 👍/👎 vote (one per user per
// answer, changeable).
import type { StoredAnswer } from '../state/store.js';
import { answerReply } from './answering.js';
import type { ButtonId } from './buttons.js';
import { textReply, type BotServices, type DeferMode, type Reply } from './context.js';
import { UserError } from './errors.js';
import { sectionOfQuote, sectionPage } from './commands/section.js';

export interface ButtonHandler<K extends ButtonId['kind']> {
  defer: DeferMode;
  run(id: Extract<ButtonId, { kind: K }>, userId: string, s: BotServices): Promise<Reply>;
}

async function storedAnswer(id: string, s: BotServices): Promise<StoredAnswer> {
  const found = await s.store.answer(id);
  if (!found) throw new UserError('answer_expired');
  return found;
}

const VOTE_THANKS = { 1: '谢谢！已记录：👍 有帮助。', [-1]: '谢谢！已记录：👎 没帮助。维护者会查看这条回答。' } as const;

export const BUTTONS: { [K in ButtonId['kind']]: ButtonHandler<K> } = {
  more: {
    defer: 'update',
    async run(id, _user, s) {
      const { answer } = await storedAnswer(id.answerId, s);
      return answerReply(id.answerId, answer, id.page, s);
    },
  },
  full: {
    defer: 'ephemeral',
    async run(id, _user, s) {
      const { answer } = await storedAnswer(id.answerId, s);
      const item = answer.answers[id.item];
      const at = item && sectionOfQuote(item.citation.path, item.text, s);
      if (!at) throw new UserError('quote_section_missing');
      return sectionPage(at.index, at.page, s);
    },
  },
  section: {
    defer: 'update',
    async run(id, _user, s) {
      return sectionPage(id.section, id.page, s);
    },
  },
  vote: {
    defer: 'ephemeral',
    async run(id, userId, s) {
      await storedAnswer(id.answerId, s);
      const before = await s.store.vote({ answerId: id.answerId, userId, vote: id.vote, at: s.now() });
      const mark = id.vote === 1 ? '👍' : '👎';
      if (before === id.vote) return textReply(`你已经投过 ${mark} 了。`);
      return textReply(before === null ? VOTE_THANKS[id.vote] : `谢谢！已改为 ${mark}。`);
    },
  },
};
