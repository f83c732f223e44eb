// The web reader and its citation links: for every answer to the shared dev and everyday sets
// (lexical answers: no model needed), every quote's url opens an element of the generated HTML whose
// text contains the quote, its highlight parameter marks exactly the quote, and its text fragment's
// terms are the quote's; anchors are unique and stable, footnotes link both ways, pages stay small.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/answer.js';
import { answerJson } from '../src/answer/json.js';
import { renderAnswerText } from '../src/answer/render-text.js';
import { citationLinks, MAX_URL_LENGTH, shownQuote } from '../src/web/citation-link.js';
import { layoutPlan } from '../src/web/layout.js';
import { readerFiles } from '../src/web/site.js';
import { chunks, lexicalAnswerPorts, plan, squash, settings } from './helpers.js';

const SHARED = ['dev', 'everyday'].map((name) => new URL(`../../shared/eval/${name}.jsonl`, import.meta.url));
const sharedHere = SHARED.every((u) => existsSync(u)) || process.env.CI === 'true';
if (!sharedHere) console.warn('web reader test: ../shared/eval not found, checking the project\'s written questions only');
const FILES = sharedHere ? SHARED : [new URL('./fixtures/written-questions.jsonl', import.meta.url)];
const questions = FILES.flatMap((u) => readFileSync(u, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).question as string));

const layout = layoutPlan(plan);
const files = readerFiles(plan, layout);
const doms = new Map<string, HTMLElement>();
const dom = (file: string) => {
  if (!doms.has(file)) doms.set(file, parse(files.get(file) ?? ''));
  return doms.get(file)!;
};
const BASE = 'https://plan.example.org';
const linkOf = citationLinks(layout, chunks, BASE);

describe('citation links', () => {
  it('open an element holding the quote, highlight exactly it, and name it in the text fragment', async () => {
    const ports = lexicalAnswerPorts();
    let quotes = 0;
    let withFragment = 0;
    for (const q of questions) {
      const answer = await answerQuestion(q, ports, settings);
      for (const item of answer.answers) {
        const url = new URL(linkOf(item)!);
        expect(url.href.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
        expect(url.origin + url.pathname).toMatch(/^https:\/\/plan\.example\.org\/plan\/(p\d+|preface)\.html$/);
        const [anchor, directive] = url.hash.slice(1).split(':~:text=');
        const element = dom(url.pathname.replace('/plan/', '')).getElementById(anchor!);
        expect(element, `${q}: #${anchor}`).not.toBeNull();
        const text = element!.textContent;
        expect(squash(text)).toContain(squash(shownQuote(item.text)));
        const [at, span] = url.searchParams.get('hl')!.split(':');
        expect(at).toBe(anchor);
        const [start, end] = span!.split('-').map(Number);
        expect(squash(text.slice(start, end))).toBe(squash(shownQuote(item.text)));
        if (directive) {
          withFragment++;
          for (const term of directive.split(',').map(decodeURIComponent)) expect(text).toContain(term);
        }
        quotes++;
      }
    }
    expect(quotes).toBeGreaterThan(questions.length);
    // Nearly every quote has terms the browser finds first on its page (measured: see the README).
    expect(withFragment / quotes).toBeGreaterThan(0.95);
  }, 120_000);
});

describe('the reader', () => {
  it('gives every block and heading a unique anchor present in its page', () => {
    layout.pages.forEach((page) => {
      const ids = dom(page.file).querySelectorAll('[id]').map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const i of page.blocks) expect(ids).toContain(layout.places[i]!.anchor);
    });
    expect(layout.places.every((p) => p.anchor)).toBe(true);
  });

  it('keeps anchors derived from the plan numbering', () => {
    const at = (text: string) => layout.places[plan.blocks.findIndex((b) => b.text.startsWith(text))];
    expect(at('研发经费支出(亿元)\t34.7')).toMatchObject({ anchor: 'table2-r8' });
    expect(layout.pages.map((p) => p.file)).toEqual(['preface.html', ...Array.from({ length: 12 }, (_, i) => `p${i + 1}.html`)]);
    expect(dom('p4.html').getElementById('box9')?.textContent).toMatch(/^专栏9/);
    expect(dom('p4.html').getElementById('p4-c3-s1')?.textContent).toMatch(/^第一节/);
    expect(dom('p2.html').getElementById('p2-c1-s1-1')?.tagName).toBe('P');
  });

  it('links every footnote marker to its footnote and each footnote back to a marker', () => {
    let markers = 0;
    for (const page of layout.pages) {
      const root = dom(page.file);
      for (const a of root.querySelectorAll('a.fnref')) {
        const note = root.getElementById(a.getAttribute('href')!.slice(1));
        expect(note?.tagName).toBe('LI');
        expect(note!.textContent.startsWith(a.textContent)).toBe(true);
        markers++;
      }
      for (const back of root.querySelectorAll('li a.back')) {
        expect(root.getElementById(back.getAttribute('href')!.slice(1))?.classList.contains('fnref')).toBe(true);
      }
    }
    expect(markers).toBeGreaterThan(30);
  });

  it('renders indicator tables as tables with column headers, and page markers', () => {
    const table = dom('p1.html').getElementById('table2')!;
    expect(table.tagName).toBe('TABLE');
    expect(table.querySelectorAll('thead th').length).toBeGreaterThan(3);
    expect(table.querySelectorAll('tbody tr[id]').length).toBeGreaterThan(20);
    expect(dom('p4.html').querySelectorAll('.page-mark').map((e) => e.textContent)[0]).toMatch(/^第\d+页$/);
  });

  it('loads nothing from elsewhere, and a 篇 page stays under 300 KB compressed', () => {
    for (const [file, body] of files) {
      if (!file.endsWith('.html')) continue;
      const refs = dom(file).querySelectorAll('[src],[href]').map((e) => e.getAttribute('src') ?? e.getAttribute('href')!);
      expect(refs.filter((r) => /^(https?:)?\/\//.test(r))).toEqual([]);
      expect(gzipSync(body).length).toBeLessThan(300_000);
    }
  });
});

describe('links in ask --json and the terminal', () => {
  it('puts a url on every citation of the JSON and prints each quote\'s link under its citation', async () => {
    const answer = await answerQuestion('研发经费支出2025年目标是多少？', lexicalAnswerPorts(), settings);
    const json = answerJson(answer, undefined, linkOf);
    expect(json.answers.length).toBeGreaterThan(0);
    for (const a of json.answers) expect(a.citation.url).toMatch(/^https:\/\/plan\.example\.org\/plan\/p\d+\.html\?hl=/);
    expect(answerJson(answer).answers[0]!.citation).not.toHaveProperty('url');
    const lines = renderAnswerText(answer, { link: linkOf }).split('\n');
    const at = lines.findIndex((l) => l.startsWith('1. '));
    const cited = lines.findIndex((l, i) => i > at && l.startsWith('   —— '));
    expect(lines[cited + 1]).toBe(`   🔗 ${linkOf(answer.answers[0]!)}`);
  });
});
