// Cutting text to Discord's limits without breaking a character: cuts fall on grapheme boundaries
// (Intl.Segmenter), so an emoji, a combining mark or a surrogate pair is never split. Pure.

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The text, or its longest prefix of whole graphemes that fits `max` UTF-16 code units with the
 * ellipsis appended (Discord counts at most that many).
 */
export function truncate(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    if (out.length + segment.length + ellipsis.length > max) break;
    out += segment;
  }
  return out + ellipsis;
}

/** The text's last graphemes that fit `max` code units, led by an ellipsis. */
export function truncateStart(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  const parts = [...graphemes.segment(text)].map((s) => s.segment);
  let out = '';
  for (let i = parts.length - 1; i >= 0; i--) {
    if (out.length + parts[i]!.length + ellipsis.length > max) break;
    out = parts[i] + out;
  }
  return ellipsis + out;
}
