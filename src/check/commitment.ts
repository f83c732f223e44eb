// The commitment a claim says (done 已获批, firm 开工/建成, denied 不会开工, or none) against the verb that
// governs the claimed thing in the plan's sentence: the last firm, weak or under-way verb before the thing
// in its clause (开工建设长赣高铁，争取温武吉铁路…: 争取 governs 温武吉铁路). Holds, differs with both
// wordings, or is not shown (a firm claim the plan only pushes on, a plain claim the plan only strives
// for or studies). Pure.
import { hanBigrams } from '../search/tokenize.js';
import type { ClaimParts } from '../understand/claim.js';
import type { Differ, PlanSentence } from './types.js';

/** Verbs by which the plan commits to a thing being done or started. */
const PLAN_FIRM = /开工|建成|完成|实现|投运|投产|通车|开通|落户|获批|确定|投入使用|新建|新增|达到/;

// A firm verb the plan strives for (争取开通, 力争建成) is weak: the hedge and the verb are read as one.
const PLAN_WEAK = new RegExp(`(?:争取|力争)(?:${PLAN_FIRM.source})|争取|力争|争创|前期工作|前期|研究(?!院|所|中心|生)|谋划|探索|适时|论证|储备|对接|支持|推动|鼓励|规划建设|申报|创建|打造`);

/** The weak verbs that hedge (strive, seek, study, prepare), not those that only support or promote. */
const HEDGE = /争取|力争|争创|前期工作|前期|研究(?!院|所|中心|生)|谋划|探索|适时|论证|储备/;

/** Verbs that only say work goes on, for a claim saying it is done (加快建设 is not 已建成). */
const PLAN_UNDER_WAY = /加快|推进|建设|实施|继续/;

/** A firm, a weak or an under-way verb of the plan (建设 alone is a noun as often as a verb: not one). */
const PLAN_VERB = new RegExp(`${PLAN_WEAK.source}|${PLAN_FIRM.source}|加快|推进|实施|继续`, 'g');

export type PlanCommitment = 'firm' | 'weak' | 'under way';

/** Verbs by which the plan names another's thing as a model: measured against, learned from, copied, joined. */
const REFERENCE = /对标|借鉴|复制推广|复制|参照|比照|学习|融入|接轨|看齐|\b(?:benchmark|learn(?:s|ing)? from|emulat|modelled on|modeled on)/i;

/** Whether the last verb before a place in its clause is one that names a model (对标自贸区…), not one that does the thing. */
function referencedAt(text: string, at: number): boolean {
  const lead = text.slice(Math.max(text.lastIndexOf('，', at - 1), text.lastIndexOf('；', at - 1), text.lastIndexOf('。', at - 1)) + 1, at);
  const reference = [...lead.matchAll(new RegExp(REFERENCE.source, 'gi'))].at(-1);
  const verb = [...lead.matchAll(PLAN_VERB)].at(-1);
  return !!reference && (!verb || verb.index < reference.index);
}

const levelOfVerb = (verb: string): PlanCommitment =>
  new RegExp(`^(?:${PLAN_WEAK.source})$`).test(verb) ? 'weak' : new RegExp(`^(?:${PLAN_FIRM.source})$`).test(verb) ? 'firm' : 'under way';

/**
 * The verb that governs the plan's thing at each place the thing stands: the last verb before it in
 * its clause, else in the clause before (开工建设长赣高铁，争取温武吉铁路…: 争取 governs 温武吉铁路, not
 * 开工; 加快推进长赣高铁 only pushes it on). Weak where any place's verb is weak; else the first place's;
 * null where no verb governs it.
 */
export function governingVerb(text: string, ats: readonly number[]): { said: string; level: PlanCommitment; at: number; thing: number } | null {
  let first: { said: string; level: PlanCommitment; at: number; thing: number } | null = null;
  for (const thing of ats) {
    // Not past the sentence's start: a lead sentence before it (深化精准对接。抓住京九高铁…) governs nothing in it.
    const sentenceStart = text.lastIndexOf('。', thing - 1) + 1;
    const lead = text.slice(sentenceStart, thing);
    const cuts = [...lead.matchAll(/[，；]/g)].map((m) => m.index + 1);
    const own = cuts.at(-1) ?? 0;
    const before = cuts.at(-2) ?? 0;
    const clauses: [string, number][] = [[lead.slice(own), own], [cuts.length ? lead.slice(before, own - 1) : '', before]];
    for (const [clause, start] of clauses) {
      const last = [...clause.matchAll(PLAN_VERB)].at(-1);
      if (!last) continue;
      const level = levelOfVerb(last[0]);
      const found = { said: last[0], level, at: sentenceStart + start + last.index, thing };
      if (level === 'weak') return found;
      first ??= found;
      break;
    }
  }
  return first;
}

/** How many characters right before the thing may say what kind it is (4A级 of 4A级景区; at least 2). */
const MODIFIER = 3;

/** How many characters a commitment's wording may run to: its clause, or to the end of the thing it governs (开工建设长赣高铁). */
const MAX_CLAUSE = 16;
const MAX_PHRASE = 24;

/**
 * A commitment word with the thing it governs: its clause when short and naming the thing (争取“虚拟电厂”区域试点,
 * 将有4条高铁), else to the end of the thing as far as the other side names it too (争取温武吉铁路), else
 * the word alone. Never cut inside the thing.
 */
export function phraseOf(text: string, at: number, said: string, thing: number, other = ''): string {
  const clause = text.slice(at).split(/[，,；;。！!？?\n]/)[0] ?? said;
  const naming = thing >= at && thing + 2 <= at + clause.length;
  if (clause.length > said.length && ((clause.length <= MAX_CLAUSE && (thing < 0 || naming)) || (clause.length <= MAX_PHRASE && naming))) return clause.trim();
  if (thing < at || /[，,；;。]/.test(text.slice(at, thing))) return said;
  let end = thing + 2;
  while (end < text.length && other.includes(text.slice(thing, end + 1))) end++;
  return end - at <= MAX_PHRASE ? text.slice(at, end) : said;
}

/** A claimed verb of completion (建成, 通车; 将有: there will be), where the plan only starts the work (开工建设长赣高铁). */
const COMPLETED = /建成|通车|投运|投产|完成|开通|投入使用|竣工|完工|建好|修好|投用|启用|开业|将有|会有|将拥有|\b(?:complete|open|have)\b/i;
const STARTED_ONLY = /开工|启动/;

/** The claim's subject without its commitment words (开工建设): what the plan's thing is named by. */
export const withoutCommitment = (parts: ClaimParts) => {
  const said = parts.commitment?.said;
  const stripped = said ? parts.subject.split(said).join(' '.repeat(said.length)) : parts.subject;
  return stripped.replace(new RegExp(`${PLAN_VERB.source}|${PLAN_UNDER_WAY.source}|开学|启用`, 'g'), (m) => ' '.repeat(m.length));
};

/**
 * A claim that says done, firm or not at all against the verb that governs its thing in the sentence:
 * done (已获批) against 争取 or 加快建设, firm (开工, 建成) against 争取/研究/规划建设, denied (不会开工)
 * against a firm verb (开工并建成) differ; a firm claim the plan governs with no firm verb is not shown.
 */
export function compareCommitment(parts: ClaimParts, plan: PlanSentence, weights: ReadonlyMap<string, number>, positive: boolean, ownClause = false): Differ | 'holds' | 'absent' | null {
  const said = parts.commitment;
  if (said?.level === 'weak') return null;
  // Where the thing stands in the sentence (a box item's title, 临空经济。, names it first), found by its own
  // words: the weightiest of them a verb governs there (展望 opens the sentence; 工业强市 is what 建成 governs).
  const stripped = withoutCommitment(parts);
  // Where the claim says what kind the thing is right before it (4A级景区), the places the plan says the same
  // (国家4A级景区, not 5A级景区 earlier in the sentence), when it does somewhere.
  const occurrences = (bigram: string) => {
    const all = [...plan.text.matchAll(new RegExp(bigram.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => m.index);
    const at = parts.subject.indexOf(bigram);
    for (let n = MODIFIER; n >= 2; n--) {
      const kind = at >= n ? parts.subject.slice(at - n, at) : '';
      const same = kind.trim().length === n ? all.filter((i) => plan.text.slice(i - n, i) === kind) : [];
      if (same.length) return same;
    }
    return all;
  };
  // An English claim names its thing only through the plan terms its words translate to (the weights' bigrams).
  const named = hanBigrams(stripped);
  const anchors = [...new Set(named.length ? named : [...weights.keys()])].filter((b) => (weights.get(b) ?? 0) > 0 && plan.text.includes(b))
    .sort((a, b) => weights.get(b)! - weights.get(a)!).slice(0, 3);
  // One clause of several whose thing the sentence does not name: the sentence does not show it.
  if (ownClause && !anchors.length) return positive && parts.commitment?.level !== 'weak' ? 'absent' : null;
  const governed = anchors.map((b) => ({ b, verb: governingVerb(plan.text, occurrences(b)) })).find((a) => a.verb);
  const anchor = governed?.b ?? anchors[0] ?? '';
  const governing = governed?.verb ?? null;
  const ats = anchor ? occurrences(anchor) : [plan.text.length];
  // The plan names the thing only as what the city measures itself against or learns from (对标自贸区建设标准,
  // 复制推广自贸区经验): a claim that the city has or does it is not shown, unless it says as much itself.
  if (positive && anchor && !REFERENCE.test(parts.subject) && ats.every((i) => referencedAt(plan.text, i))) return 'absent';
  // The clause of each place the thing stands, and the one before it in its sentence.
  const clauses = ats.map((i) => {
    const upto = plan.text.slice(0, anchor ? i + 2 : i).replace(/[。\s]+$/, '');
    return upto.slice(upto.lastIndexOf('。') + 1).split(/[，；]/).slice(-2).join('，');
  }).join('，');
  // Positive evidence: where the plan only strives for or studies the thing (力争列入, 前期研究), a claim saying
  // it plainly (咸修吉铁路列入国家规划, 将建设吉厦客专) does not show the plan's hedge.
  if (!said) return positive && !plan.past && governing && HEDGE.test(governing.said) ? 'absent' : null;
  // The sentence does not name the claimed thing: how firmly it happens there cannot be read — not shown for
  // a Chinese claim; an English one names its thing only through translations, and is not compared, but
  // Done (has already reached) is shown only by a result of the previous plan, wherever the thing stands.
  if (!anchor) return positive && ((said.level === 'done' && !plan.past) || (said.level !== 'denied' && /\p{Script=Han}/u.test(said.said))) ? 'absent' : null;
  // Each side's commitment word with the thing it governs (将有4条高铁 against 开工建设长赣高铁).
  const claimAt = parts.subject.indexOf(said.said);
  const claimThing = anchor ? parts.subject.indexOf(anchor, claimAt) : -1;
  const claimSaid = claimAt < 0 ? said.said : phraseOf(parts.subject, claimAt, said.said, claimThing, plan.text);
  const differ = (word: string, at?: number): Differ => {
    const planAt = at ?? plan.text.lastIndexOf(word, ats[0] ?? plan.text.length);
    return { what: 'commitment', claim: claimSaid, plan: planAt < 0 ? word : phraseOf(plan.text, planAt, word, ats.find((i) => i >= planAt) ?? -1, parts.subject) };
  };
  const byGoverning = () => differ(governing!.said, governing!.at);
  if (said.level === 'denied') return governing?.level === 'firm' && !plan.past ? byGoverning() : null;
  if (said.level === 'done' && !plan.past) {
    if (governing?.level === 'weak') return byGoverning();
    const weak = clauses.match(PLAN_WEAK)?.[0] ?? clauses.match(PLAN_UNDER_WAY)?.[0];
    if (weak) return differ(weak);
  }
  // A firm English verb (will build) is the plan's plain future: it differs from a hedge (争取), not from a verb that promotes (打造, 推动).
  const firm = /\p{Script=Han}/u.test(said.said);
  if (said.level === 'strong' && governing?.level === 'weak' && (firm || HEDGE.test(governing.said))) return byGoverning();
  if (said.level === 'strong' && COMPLETED.test(said.said) && governing && STARTED_ONLY.test(governing.said) && !COMPLETED.test(clauses)) return byGoverning();
  // A firm verb (建成, 开工) the sentence does not use, where it only supports, pushes or strives: overstated.
  const weak = clauses.match(PLAN_WEAK)?.[0];
  if (said.level === 'strong' && firm && weak && !plan.text.includes(said.said)) return differ(weak);
  // Positive evidence: a firm verb the plan does not answer with a firm verb of its own (配合推进…建设) is not shown.
  if (positive && firm && !plan.past && (governing ? governing.level !== 'firm' : !PLAN_FIRM.test(clauses))) return 'absent';
  return 'holds';
}

