// Classifying single lines of the extracted text: what a line is, before any context is applied.

export const FOOTNOTE_DEF = /^\^?([①-⑳])\s*(\S.*)$/u;
export const FOOTNOTE_MARK = /\^([①-⑳])/gu;
const BOX_ITEM = /^[（(]\s*[一二三四五六七八九十]+\s*[）)]/;
const SENTENCE_PUNCT = /[，。；：！？、]/;

/** Does this text end a sentence (so a following line starts a new paragraph)? */
export function endsSentence(text: string): boolean {
  const t = text.trim();
  return /[。！？；：…]$/.test(t) || /[。！？；][”’）)」』]+$/.test(t);
}

/** "（三）先进装备制造领域。" standing alone: a box item heading. */
export function isBoxItemTitle(line: string): boolean {
  const t = line.trim();
  return BOX_ITEM.test(t) && t.length <= 30;
}

export function isBoxItemStart(line: string): boolean {
  return BOX_ITEM.test(line.trim());
}

/** Short line without sentence punctuation: a chart, figure or table caption when it stands alone. */
export function isCaptionLike(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 40 && !SENTENCE_PUNCT.test(t);
}

export const isChartUnit = (line: string) => /^单位：/.test(line.trim());
export const isFigureCaption = (line: string) => {
  const t = line.trim();
  return t.length <= 40 && /图$/.test(t) && !/[，。；：！？]/.test(t);
};
export const isTableTitle = (line: string) => isCaptionLike(line) && /表$/.test(line.trim());
export const isBlank = (line: string) => line.trim() === '';
export const isTableLine = (line: string) => line.includes('\t');
export const isTableNote = (line: string) => /^(注[：:]|\d+\.\s*\S)/.test(line.trim());
