// The words of a measure: which of a question's concepts name what is measured (not how or where it
// asks), the forms each is written in (its own, its stem, the plan's), whether a text says them, and how
// much of a measure's name they cover. The ground measure-match.ts and figure-asked.ts stand on. Pure.
import type { Concept } from '../understand/question.js';

/** Words that say how or where a question asks, not which measure: no figure needs to name them. */
const NOT_MEASURE = /^(实际|原本|当初|最后|现在|以后|今后|将来|到时候|百分之几|百分比|几成|多少钱|是从|平均|约束性|预期性|目标|目标值|指标|规划|计划|纲要|吉安|吉安市|全市|我市|我们|十四五|十三五|数字|数据|具体|情况|要求|预计|预期|达到|实现|年底|年末|期末|末期|届时|总共|一共|能有|要有|规划目标|定了|左右|target|targets|plan|planned|figure|number|ji'an|jian|city|goal|aim|by|year)$/i;

/** Everyday names of a measure the plan gives under its own name, for the figure line only (经济 alone is GDP). */
const MEASURE_NAMES: [RegExp, string[]][] = [
  [/^(经济|经济总量|economy|economic)$/i, ['地区生产总值', 'GDP', '经济总量']],
];

/** The question's concepts that name what is measured: content words in focus, not how or where it asks. */
export function measureConcepts(concepts: readonly Concept[]): Concept[] {
  return concepts
    .filter((c) => c.inFocus && !NOT_MEASURE.test(c.word))
    .map((c) => {
      const extra = MEASURE_NAMES.find(([re]) => re.test(c.word))?.[1] ?? [];
      return extra.length ? { ...c, forms: [...new Set([...c.forms, c.word, ...extra])] } : c;
    });
}

export const squashed = (t: string) => t.replace(/\s+/g, '');

/** The measure concepts a measure's text names (a row's label, a clause's subject). */
export const conceptsNamed = (measureText: string, concepts: readonly Concept[], stems = true): Concept[] =>
  concepts.filter((c) => names(measureText, c, false, stems));

/**
 * Whether a measure's text names a concept: the word or one of its plan terms, or — for a Chinese word
 * of three or more characters — its first two characters (养老院 in 养老服务机构; not 住院医师 in 执业医师).
 * Strictly, a plan term sharing part of the word counts only when it contains it (进出口总额 names 进出口;
 * 出口总额 does not).
 */
/** Verbs of doing (建设, 培育, 打造): how a figure is reached, which a measure's name need not say. */
export const ACTION_WORDS = /^(建设|建成|新建|扩建|改造|打造|培育|推进|推动|实施|开展|完成|实现|提升|加快|发展|创建|引进|达到|提高|增加|减少|下降|降低)$/;

export function names(measureText: string, c: Concept, strict = false, stems = true): boolean {
  const text = squashed(measureText).toLowerCase();
  const forms = strict ? ownForms(c) : [c.word, ...c.forms];
  if ((stems ? forms.flatMap(withStem) : forms).some((f) => f && text.includes(squashed(f).toLowerCase()))) return true;
  // A verb of doing may be written apart (新建 in 新（扩）建).
  if (ACTION_WORDS.test(c.word) && writtenApart(c.word, text)) return true;
  return /^\p{Script=Han}{3,}$/u.test(c.word) && text.includes(c.word.slice(0, 2));
}

/** What a plan term says of its measure besides its name: the kind of figure (规模工业增加值, 单位GDP能源消耗降幅). */
const TERM_KIND = /(?:增加值|增速|降幅|降低|增长率|增长|总额|比重|占比|数量)$/;
/** The shortest name left when that is taken off: shorter ones (进出口 of 进出口总额) name too much. */
const STEM_MIN = 4;

/**
 * A plan term, and its name without the kind of figure (规模工业 of 规模工业增加值): a sentence gives the
 * same measure's figure in other words (规模工业占比, 单位 GDP 能源消耗累计下降 13%).
 */
export function withStem(form: string): string[] {
  const stem = form.replace(TERM_KIND, '');
  return stem !== form && [...squashed(stem)].length >= STEM_MIN ? [form, stem] : [form];
}

/**
 * The word itself and its plan terms, but not a term that shares part of the word without containing it
 * (出口总额 for 进出口: another measure); a synonym sharing nothing (执业(助理)医师 for 医生) stays.
 */
export function ownForms(c: Concept): string[] {
  const word = squashed(c.word).toLowerCase();
  const bigrams = [...word].slice(0, -1).map((ch, i) => ch + word[i + 1]!);
  // A term with every character of the word in order is the word written out (规上工业 in 规模以上工业,
  // 岁托位 in 每千人口拥有0-3岁婴幼儿托位数), not another measure sharing part of it.
  const partial = (f: string) => !f.includes(word) && bigrams.some((b) => f.includes(b)) && !inOrder(word, f);
  // So is a term shortened from such a one (规模工业增加值 of 规模以上工业增加值, written out from 规上工业), but
  // not one cut out of it whole (出口总额 of 进出口总额: a narrower measure).
  const writtenOut = c.forms.map((f) => squashed(f).toLowerCase()).filter((f) => !partial(f) && inOrder(word, f));
  const shortened = (f: string) => writtenOut.some((g) => g !== f && !g.includes(f) && inOrder(f, g));
  return [c.word, ...c.forms.filter((f) => !partial(squashed(f).toLowerCase()) || shortened(squashed(f).toLowerCase()))];
}

/** Whether a two-character word's characters stand in a text with at most three characters between them. */
export const writtenApart = (word: string, text: string): boolean =>
  [...word].length === 2 && new RegExp(`${[...word][0]}.{0,3}${[...word][1]}`, 'u').test(text);

/** Whether every character of a word stands in a text in the same order. */
export function inOrder(word: string, text: string): boolean {
  let at = 0;
  for (const ch of word) {
    at = text.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

/** Whether a text says the word itself (or a plan term containing it), not only a term bridged from it. */
export const saysItself = (text: string, c: Concept) => ownForms(c).some((f) => f && squashed(text).toLowerCase().includes(squashed(f).toLowerCase()));
export const says = (text: string, c: Concept) => [c.word, ...c.forms].some((f) => f && squashed(text).toLowerCase().includes(squashed(f).toLowerCase()));
/** English words too general to tell one measure from another on their own (residents, level, build). */
export const EN_WEAK = /^(residents?|people|population|level|above|below|area|build|built|fall|rise|period|total|open|traffic|zones?|provincial|city|new|number|rate|share|years?|target|plan|output)$/i;
/**
 * How much of a measure's name the question's measure words cover (0–1): 地区生产总值 is all of
 * “地区生产总值”, and little of “数字经济核心产业增加值占GDP比重”, which 经济 also names.
 */
export function coverage(measureText: string, concepts: readonly Concept[]): number {
  const text = squashed(measureText).toLowerCase().replace(/^(?:全市|全省|吉安市?)/, '');
  if (!text) return 0;
  const covered = new Array<boolean>(text.length).fill(false);
  for (const c of measureConcepts(concepts)) {
    if (EN_WEAK.test(c.word)) continue;
    for (const f of [c.word, ...c.forms]) {
      const form = squashed(f).toLowerCase();
      if (!form) continue;
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) covered.fill(true, at, at + form.length);
    }
  }
  return covered.filter(Boolean).length / text.length;
}
