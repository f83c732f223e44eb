import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildThesaurus, everydayExpansions, parseThesaurus, ThesaurusFormatError } from '../src/understand/thesaurus.js';
import { chunks, squash } from './helpers.js';

const tsv = readFileSync(new URL('../src/understand/thesaurus.tsv', import.meta.url), 'utf8');

describe('thesaurus', () => {
  const entries = parseThesaurus(tsv);

  it('every plan term it maps to occurs verbatim in what search reads: the passages, their headings and table labels', () => {
    const compact = squash(chunks.map((c) => `${c.text}\n${c.context}`).join('\n'));
    const missing = entries.flatMap((e) => e.plan.filter((t) => !compact.includes(squash(t))).map((t) => `line ${e.line}: ${t}`));
    expect(missing).toEqual([]);
    expect(entries.length).toBeGreaterThan(5);
  });

  it('bridges the usual names of plan terms: 职普比 (职普学位配比), "better off" (富民产业), 三次产业比例 (三产比例) (issue 21, round 7)', () => {
    const th = buildThesaurus(entries);
    expect(everydayExpansions('吉安职普比是多少', th).flatMap((e) => e.plan)).toContain('职普学位配比');
    expect(th.english.get('better off')).toContain('富民产业');
    expect(everydayExpansions('2025年规划的吉安三次产业比例是多少？', th).flatMap((e) => e.plan)).toContain('三产比例');
  });

  it('matches the longest everyday word first, without overlaps', () => {
    const th = buildThesaurus(parseThesaurus('空气质量,细颗粒物\t雾霾,空气\n地区生产总值\t经济增速,经济\n'));
    expect(everydayExpansions('吉安的雾霾和经济增速', th)).toEqual([
      { said: '经济增速', plan: ['地区生产总值'] },
      { said: '雾霾', plan: ['空气质量', '细颗粒物'] },
    ]);
    expect(everydayExpansions('经济增速', th).map((e) => e.said)).toEqual(['经济增速']);
  });

  it('names the line of a malformed row', () => {
    expect(() => parseThesaurus('# comment\n空气质量 雾霾\n')).toThrow(ThesaurusFormatError);
    expect(() => parseThesaurus('# comment\n空气质量 雾霾\n')).toThrow(/line 2/);
    expect(() => parseThesaurus('\t雾霾\n')).toThrow(/no plan term/);
  });
});
