// The plan's own name, and that of the proposal it follows (吉安市国民经济和社会发展第十四个五年规划和
// 二〇三五年远景目标纲要, 《中共吉安市委关于制定…的建议》): the document naming itself says nothing about a
// topic, yet its words (经济, 发展, 目标, 五年) matched every question about the economy's targets to the
// preface, on the lexical and the dense side alike. Search reads 本规划 in its place. Pure.

const SELF_NAME = /《?(?:中共吉安市委关于制定)?(?:吉安市|全市)?国民经济和社会发展的?第十四个\s*五年规划和二〇三五年远景目标(?:纲要|的建议)?》?/g;

/** The text as search reads it: the plan's own name (and the proposal's) as 本规划. */
export const withoutSelfName = (text: string): string => text.replace(SELF_NAME, '本规划');
