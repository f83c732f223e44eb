// Answers as Discord messages, from crafted Answers: the three outcomes, the direct line, quotes fully
// inside the block quote, footnotes under the quote, English headings for English questions.
import { describe, expect, it } from 'vitest';
import { englishCitation, englishHeading } from '../src/answer/citation-english.js';
import { chineseNumeral } from '../src/plan/headings.js';
import { renderAnswerText } from '../src/answer/render-text.js';
import { createFootnoteLookup, showMarkers } from '../src/plan/footnotes.js';
import { renderAnswer } from '../src/discord/render-answer.js';
import { craftAnswer, plan } from './helpers.js';

const footnotes = createFootnoteLookup(plan);
const noFootnotes = () => [];
const text = (a: ReturnType<typeof renderAnswer>) => a.flatMap((m) => [m.content ?? '', ...m.embeds.map((e) => `${e.title ?? ''}\n${e.description}\n${e.footer?.text ?? ''}`)]).join('\n');

describe('the top of an answer', () => {
  it('answered: the outcome, then the direct line, before the first quote', () => {
    const out = text(renderAnswer(craftAnswer({ direct: '2025年目标72亿元（2020年34.7亿元）' }), { page: 0, footnotes: noFootnotes }));
    const [outcome, direct, quote] = ['✅ 规划中有答案', '答：2025年目标72亿元', '> 引文1。'].map((s) => out.indexOf(s)) as [number, number, number];
    expect(outcome).toBeGreaterThanOrEqual(0);
    expect(direct).toBeGreaterThan(outcome);
    expect(quote).toBeGreaterThan(direct);
  });

  it('related: the closest passages under "规划提到了相关内容，但没有直接回答这个问题："', () => {
    const out = text(renderAnswer(craftAnswer({ outcome: 'related', refused: true, reason: { code: 'low_evidence', message: 'x' } }), { page: 0, footnotes: noFootnotes }));
    expect(out).toContain('🔸 只有相关内容');
    expect(out.indexOf('规划提到了相关内容，但没有直接回答这个问题：')).toBeLessThan(out.indexOf('> 引文1。'));
  });

  it('related for want of a figure: says the plan gives none, above the heading', () => {
    const a = craftAnswer({ outcome: 'related', refused: true, reason: { code: 'no_figure', message: '规划没有给出具体数字。' } });
    const out = text(renderAnswer(a, { page: 0, footnotes: noFootnotes }));
    expect(out.indexOf('规划没有给出具体数字。')).toBeLessThan(out.indexOf('规划提到了相关内容'));
    expect(renderAnswerText(a).split('\n').slice(1, 3)).toEqual(['规划没有给出具体数字。', '规划提到了相关内容，但没有直接回答这个问题：']);
  });

  it('not covered: the reason and the suggested sections, no quotes', () => {
    const suggestion = { label: '第五篇 › 第二章 全域旅游（第60页起）', path: ['第五篇 推进全域旅游', '第二章 全域旅游'], page: 60 };
    const a = craftAnswer({ outcome: 'not_covered', refused: true, reason: { code: 'topic_absent', message: '规划中没有涉及这个话题。' }, suggestions: [suggestion] }, []);
    const out = text(renderAnswer(a, { page: 0, footnotes: noFootnotes }));
    expect(out).toContain('⛔ 规划未涉及');
    expect(out).toContain('规划中没有涉及这个话题。');
    expect(out).toContain('• 第五篇 › 第二章 全域旅游（第60页起）');
    expect(out).not.toContain('> ');
  });

  it('a combined follow-up shows what was typed as the title and how it was read', () => {
    const out = text(renderAnswer(craftAnswer({ question: '研发经费支出2025年是多少？' }), { page: 0, footnotes: noFootnotes, typed: '那2025年呢？' }));
    expect(out).toContain('问：那2025年呢？');
    expect(out).toContain('接上一问，理解为：研发经费支出2025年是多少？');
  });
});

describe('quotes', () => {
  it('every line of a multi-line quote is inside the block quote', () => {
    const out = text(renderAnswer(craftAnswer({}, [{ text: '第一行。\n第二行。\n第三行。' }]), { page: 0, footnotes: noFootnotes }));
    expect(out).toContain('> 第一行。\n> 第二行。\n> 第三行。');
  });

  it('a footnote marker shows as ② with the footnote\'s own text under the quote', () => {
    const quote = '大力推进“遇困即扶”^②及“标准化解困”工作。';
    expect(plan.text).toContain(quote);
    const out = text(renderAnswer(craftAnswer({}, [{ text: quote }]), { page: 0, footnotes }));
    expect(out).toContain('> 大力推进“遇困即扶”②及“标准化解困”工作。\n② “遇困即扶”：对因遭受严重自然灾害');
    expect(out).not.toContain('^');
  });

  it('each marker finds its own footnote although markers restart on every page', () => {
    const quote = '井冈山经开区“一区四园”改革^②成为全省首创。';
    expect(plan.text).toContain(quote);
    expect(footnotes(quote).map((f) => f.text.slice(0, 14))).toEqual(['井冈山经开区“一区四园”改革']);
    expect(showMarkers('“1461”现代产业体系^①加快构建')).toBe('“1461”现代产业体系①加快构建');
  });

  it('every marker in the plan\'s paragraphs finds a footnote', () => {
    const marked = plan.blocks.filter((b) => b.kind !== 'footnote' && /\^[①-⑳]/.test(b.text));
    expect(marked.length).toBeGreaterThan(30);
    for (const b of marked) {
      expect(footnotes(b.text).length, b.text.slice(0, 40)).toBe(b.text.match(/\^[①-⑳]/g)!.length);
    }
  });
});

describe('English questions', () => {
  const citation = { label: '第七篇 推动乡村全面振兴 › 第一章 巩固拓展脱贫攻坚成果 › 第一节 建立巩固拓展脱贫攻坚成果长效机制（第84页起）', path: ['第七篇 推动乡村全面振兴', '第一章 巩固拓展脱贫攻坚成果', '第一节 建立巩固拓展脱贫攻坚成果长效机制'], page: 84 };

  it('headings in English form: Part 7 › Chapter 1 › Section 1, from p. 84', () => {
    expect(englishCitation(citation)).toBe('Part 7 › Chapter 1 › Section 1, from p. 84');
    expect(englishHeading('专栏13 乡村振兴重点工程')).toBe('Box 13');
    expect(englishHeading('第十二篇 全面加强党的领导')).toBe('Part 12');
    expect(englishHeading('市“十四五”规划《纲要》主要指标表')).toBe('Table “市“十四五”规划《纲要》主要指标表”');
    expect(englishCitation({ label: '第一篇 › 第一章 › 注②（第3页起）', path: ['第一篇 a', '第一章 b'], page: null })).toBe('Part 1 › Chapter 1 › Note ②');
    expect([chineseNumeral('十'), chineseNumeral('二十三'), chineseNumeral('三五')]).toEqual([10, 23, NaN]);
  });

  it('an answer to an English question adds the English headings and says the quotes are the original Chinese', () => {
    const a = craftAnswer({ question: 'How will poverty alleviation results be consolidated?' }, [{ citation }]);
    const out = text(renderAnswer(a, { page: 0, footnotes: noFootnotes }));
    expect(out).toContain('✅ Answered by the plan');
    expect(out).toContain('— Part 7 › Chapter 1 › Section 1, from p. 84');
    expect(out).toContain('original Chinese');
  });
});

describe('terminal chat rendering', () => {
  it('uses the same outcome labels and puts the direct line on top', () => {
    const out = renderAnswerText(craftAnswer({ direct: '72亿元' }));
    expect(out.split('\n').slice(0, 2)).toEqual(['【✅ 规划中有答案】', '答：72亿元']);
    expect(renderAnswerText(craftAnswer({ outcome: 'related', refused: true }))).toContain('规划提到了相关内容，但没有直接回答这个问题：');
  });
});
