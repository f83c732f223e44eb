// Ji'an's thirteen county-level divisions (two districts, ten counties, one county-level city) as the
// plan and people name them, in Chinese and English: the one list behind every rule that asks whether a
// text names one of them (a claim's place, a figure for a part of the city, a target's place). Pure data.

export interface County {
  /** The full name: 吉州区, 吉水县, 井冈山市. */
  name: string;
  /** The name written alone (吉水, 吉州); the full name where the short one is another's (吉安 is the city). */
  short: string;
  /**
   * What may follow the short name when it begins another thing's name (吉州工业园 is a park, 吉安县级医院 the
   * city's county-level hospitals, 井冈山大学/机场/精神 are not the city), as an alternation.
   */
  notBefore?: string;
  /** The English name as a pattern source, matched whole-word and case-blind. */
  english: string;
}

export const COUNTIES: readonly County[] = [
  { name: '吉州区', short: '吉州', notBefore: '工业园', english: 'jizhou' },
  { name: '青原区', short: '青原', english: 'qingyuan' },
  { name: '吉安县', short: '吉安县', notBefore: '级|域', english: "ji'?an county" },
  { name: '吉水县', short: '吉水', english: 'jishui' },
  { name: '峡江县', short: '峡江', english: 'xiajiang' },
  { name: '新干县', short: '新干', english: "xin'?gan" },
  { name: '永丰县', short: '永丰', english: 'yongfeng' },
  { name: '泰和县', short: '泰和', english: 'taihe' },
  { name: '遂川县', short: '遂川', english: 'suichuan' },
  { name: '万安县', short: '万安', english: "wan'?an" },
  { name: '安福县', short: '安福', english: 'anfu' },
  { name: '永新县', short: '永新', english: 'yongxin' },
  { name: '井冈山市', short: '井冈山', notBefore: '经|大学|机场|精神|农业|风景|景区|革命|干部|红色|国家级|旅游', english: "jinggangshan(?! (?:economic|university|airport))" },
];

/** The county's short name, with 县/区/市 or without, not where it begins another thing's name, as a pattern source. */
export const countyForm = (c: County): string => `${c.short}${c.short === c.name ? '' : `${c.name.at(-1)}?`}${c.notBefore ? `(?!${c.notBefore})` : ''}`;

/** The county's English name as a whole-word pattern source. */
export const countyEnglish = (c: County): string => String.raw`\b${c.english}\b`;
