// The claim check's rule for a phrase the claim quotes (src/check/wording.ts).
import { describe, expect, it } from 'vitest';
import { compareQuoted, quotedIn } from '../src/check/wording.js';

describe('compareQuoted', () => {
  const plan = '按照“西进、东控、北优、南展、中联”的城市空间发展思路，构建“一核、六组团”城市框架。';
  const planHas = (p: string) => plan.includes(p);
  it('holds a quoted phrase the plan writes word for word', () => {
    expect(compareQuoted('中心城区按“西进、东控、北优、南展、中联”发展', planHas, plan)).toBe('holds');
    expect(compareQuoted('中心城区要向西发展', planHas, plan)).toBeNull();
  });
  it('shows the plan\'s phrase where the claim rearranges its characters', () => {
    expect(compareQuoted('中心城区的空间发展思路是“东进、西控”', planHas, plan))
      .toEqual({ what: 'wording', claim: '东进、西控', plan: '西进、东控、北优、南展、中联' });
  });
  it('calls a quoted phrase the plan never writes absent', () => {
    expect(compareQuoted('吉安将建设「吉安大学」', planHas, plan)).toBe('absent');
    expect(quotedIn('"Ji\'an" 和“十四五”')).toEqual(['十四五']);
  });
});

describe('unnamedIn', () => {
  it('reads a word fused with the city\'s name as what follows it, unnamed where the plan never writes it', async () => {
    const { unnamedIn } = await import('../src/check/check.js');
    const { understand } = await import('../src/understand/question.js');
    const { lexicalAnswerPorts } = await import('./helpers.js');
    const ports = lexicalAnswerPorts();
    const writes = (w: string) => ports.planText.replace(/\s+/g, '').includes(w);
    expect(unnamedIn(understand('吉安西站将于2023年6月正式通车', ports.vocabulary), writes)).toContain('西站');
    expect(unnamedIn(understand('吉安高新区要跨进千亿园区', ports.vocabulary), writes)).toEqual([]);
  });
});
