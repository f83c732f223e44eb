// No input can take the event loop. Two checks on everything that reads what a user typed:
// - every regular expression literal in the folders that read user text is checked by recheck (a ReDoS
//   checker: automata theory, fuzzing where that cannot decide) and none may take more than quadratic
//   time (an exponential or cubic pattern can hold the process for minutes on a few hundred characters;
//   quadratic ones are kept only where the text was cut first);
// - every function that reads user text is fed 10,000-character adversarial strings (runs of letters,
//   spaces, punctuation, CJK, emoji, invisible characters, and the shapes that broke patterns before) and
//   must finish far inside Discord's 3 s to acknowledge.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/answer.js';
import { findSections } from '../src/plan/browse.js';
import { queryTokens, tokenize } from '../src/search/tokenize.js';
import { topicTerms } from '../src/targets/lookup.js';
import { cleanQuestion, MAX_TYPED_CHARS, withoutInvisible } from '../src/understand/clean.js';
import { translateEnglish, englishWords, isMostlyLatin } from '../src/understand/english.js';
import { asksAboutPast, figureAsked, periodOutside, withoutNonQuestions, yearNamed, yearsNamed } from '../src/understand/figure.js';
import { askingClauses, focusOf } from '../src/understand/focus.js';
import { askBack, combineFollowUp } from '../src/understand/follow-up.js';
import { structureAsk } from '../src/understand/structure.js';
import { answeredWithoutSearch } from '../src/answer/route.js';
import { isQuestion, questionText } from '../src/understand/is-question.js';
import { placeAlongside, placeOutsidePlan, withOwnNames } from '../src/understand/places.js';
import { asksNow, asksProcedure } from '../src/understand/procedure.js';
import { understand } from '../src/understand/question.js';
import { everydayExpansions } from '../src/understand/thesaurus.js';
import { chunks, lexicalAnswerPorts, plan, settings } from './helpers.js';

/** The folders and files whose code reads what users type (questions, follow-ups, topics, section queries). */
const USER_TEXT_CODE = ['src/understand', 'src/check', 'src/discord', 'src/search', 'src/answer', 'src/targets/lookup.ts', 'src/plan/browse.ts'];

const sourceFiles = (path: string): string[] =>
  statSync(path).isDirectory() ? readdirSync(path).flatMap((f) => sourceFiles(join(path, f))) : path.endsWith('.ts') ? [path] : [];

function regexLiterals(file: string): { at: string; source: string; flags: string }[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { at: string; source: string; flags: string }[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const end = text.lastIndexOf('/');
      found.push({ at: `${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`, source: text.slice(1, end), flags: text.slice(end + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('regular expressions on user text', () => {
  const literals = USER_TEXT_CODE.flatMap(sourceFiles).flatMap(regexLiterals);

  it('finds the patterns it checks', () => {
    expect(literals.length).toBeGreaterThan(100);
    expect(literals.some((l) => l.at.startsWith('src/understand/follow-up.ts'))).toBe(true);
  });

  // One test per folder: recheck fuzzes where automata cannot decide, ~150 s over all 640 patterns on a busy
  // two-core machine, so a folder's limit is generous; the patterns' own bound is recheck's 20 s each.
  it.each(USER_TEXT_CODE)('none in %s is exponential or worse than quadratic (recheck)', (place) => {
    const worse = literals.filter((l) => l.at.startsWith(place)).flatMap((l) => {
      const r = checkSync(l.source, l.flags, { randomSeed: 7, timeout: 20_000 });
      const c = r.status === 'vulnerable' ? r.complexity : null;
      return c && (c.type === 'exponential' || (c.type === 'polynomial' && c.degree > 2)) ? [`${l.at} /${l.source}/ ${c.summary}`] : [];
    });
    expect(worse).toEqual([]);
  }, 300_000);

  it('recheck does find the cubic follow-up pattern that froze the bot', () => {
    const r = checkSync('^and\\s+((?:\\S+\\s*){1,4}?)\\s*\\?$', 'i', { randomSeed: 7 });
    expect(r.status === 'vulnerable' && r.complexity.type === 'polynomial' && r.complexity.degree).toBeGreaterThan(2);
  });
});

/** Adversarial strings of 10,000 characters: a unit repeated, inside openings and endings that steer patterns. */
function adversarial(): string[] {
  const units = ['a', 'A ', ' ', '\t', '?', '？', '，', '。', '吉', '第“十十', 'HOW MUCH DO ', 'VINCE ', 'and a', '那么', '(', '（', '“', '0',
    '0 ', 'how about ', 'ab ', '..', '—', '_{', '😀', '\u200b', '\u2060', '呢 ', 'it ', '岁0 ', "Ji'an ", '<@1>', 'http://x ', '第一章'];
  const wraps: [string, string][] = [['', ''], ['and ', '?'], ['how about ', ' x'], ['那', '呢x'], ['吉安', '\u0000'], ['E ', 'VINCE']];
  return units.flatMap((u) => wraps.map(([open, end]) => open + u.repeat(Math.ceil(10_000 / u.length)).slice(0, 10_000 - open.length - end.length) + end));
}

describe('functions that read user text, on 10,000-character adversarial strings', () => {
  const ports = lexicalAnswerPorts();
  const v = ports.vocabulary;
  const readers: Record<string, (text: string) => unknown> = {
    questionText, isQuestion, withoutInvisible,
    cleanQuestion: (t) => cleanQuestion(t, 100_000),
    combineFollowUp: (t) => combineFollowUp('吉安GDP2025年目标是多少？', t),
    combineFollowUpEnglish: (t) => combineFollowUp('What is the GDP target for 2025?', t),
    focusOf, askingClauses, figureAsked, withoutNonQuestions, yearsNamed, yearNamed, asksAboutPast, asksNow,
    periodOutside: (t) => periodOutside(t, () => false),
    withOwnNames: (t) => withOwnNames(t, v.places),
    placeOutsidePlan: (t) => placeOutsidePlan(t, v.places, v.inPlan),
    placeAlongside: (t) => placeAlongside(t, v.places),
    asksProcedure: (t) => asksProcedure(t, t),
    everydayExpansions: (t) => everydayExpansions(t, v.thesaurus),
    translateEnglish: (t) => translateEnglish(t, v.lexicon, v.glossary), englishWords, isMostlyLatin,
    tokenize, queryTokens,
    findSections: (t) => findSections(plan, t),
    topicTerms: (t) => topicTerms(t, v.thesaurus, v.inPlan),
    understand: (t) => understand(t, v),
    structureAsk, askBack,
    answeredWithoutSearch: (t) => answeredWithoutSearch(t, plan, chunks),
  };
  const inputs = adversarial();

  it('every input is 10,000 characters', () => {
    expect(inputs.length).toBeGreaterThan(150);
    expect(inputs.every((t) => t.length === 10_000)).toBe(true);
  });

  it('each reader finishes every input far inside 3 s', () => {
    const slowest: [string, number][] = Object.entries(readers).map(([name, read]) => {
      let worst = 0;
      for (const t of inputs) {
        const started = performance.now();
        read(t);
        worst = Math.max(worst, performance.now() - started);
      }
      return [name, worst];
    });
    slowest.sort((a, b) => b[1] - a[1]);
    console.log(`slowest readers on 10,000 adversarial characters (ms): ${slowest.slice(0, 6).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ')}`);
    expect(slowest.filter(([, ms]) => ms > 1_000)).toEqual([]);
  }, 300_000);

  it('a whole answer to each input is quick: the question is cut before it is read', async () => {
    let worst = 0;
    for (const t of inputs) {
      const started = performance.now();
      await answerQuestion(t, ports, settings);
      worst = Math.max(worst, performance.now() - started);
    }
    console.log(`slowest whole answer to a 10,000-character adversarial question: ${worst.toFixed(0)} ms`);
    expect(worst).toBeLessThan(1_000);
  }, 300_000);

  it('what is read of a message is cut to MAX_TYPED_CHARS first', () => {
    expect([...questionText('吉'.repeat(50_000))]).toHaveLength(MAX_TYPED_CHARS);
  });
});

describe('invisible characters', () => {
  const invisible = ['\u200b', '\u200c', '\u200d', '\u2060', '\u180e', '\u034f', '\ufeff', '\u202e', '\u2066', '\ufe0f', '\u{e0041}'];

  it('are removed, not made spaces, before a question is read', () => {
    for (const c of invisible) {
      expect(cleanQuestion(`吉${c}安GDP${c}目标`).text).toBe('吉安GDP目标');
      expect(questionText(`<@1> 吉${c}安${c}？`)).toBe('吉安？');
    }
  });

  it('keep emoji whole in what is shown back, and are all removed before a question is understood', () => {
    const family = '👨\u200d👩\u200d👧';
    expect(questionText(`井冈蜜柚${family}❤\ufe0f？`)).toBe(`井冈蜜柚${family}❤\ufe0f？`);
    expect(questionText(`吉\u200d安`)).toBe('吉安');
    expect(cleanQuestion(`井冈蜜柚${family}`).text).toBe('井冈蜜柚');
  });

  it('leave line breaks and tabs as spaces', () => {
    expect(cleanQuestion('吉安\nGDP\t目标\u2028多少').text).toBe('吉安 GDP 目标 多少');
  });
});
