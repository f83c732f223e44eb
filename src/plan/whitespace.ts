// Whitespace in the extracted text: the PDF scatters spaces inside Chinese phrases ("完成 情况",
// "突破 1700 亿元"), so comparisons that should not depend on layout drop all of it. Pure.

/** The text with every whitespace character removed: the one squash used for layout-blind comparison. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

/** Runs of whitespace as one space (heading titles, column labels). */
export const oneSpace = (s: string): string => s.replace(/\s+/g, ' ');
