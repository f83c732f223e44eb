// What planbot can and cannot answer, in the words /help in Discord and the terminal chat share.

export const CAN_ANSWER = [
  '吉安市“十四五”规划（2021—2025年）和2035年远景目标纲要里写了什么：目标、指标、工程、项目、措施。',
  '回答只引用规划原文，并注明篇、章、节、专栏和页码；规划没有写的，会直说并推荐最接近的章节。',
  '可以用中文或英文提问；英文问题的引文仍是中文原文，出处另附英文形式。',
  '按编号或名称问某一部分（“专栏19是什么内容？”“第三篇第二章”“3.2.1”“主要指标表”），直接给出那一部分的原文。',
];

export const CANNOT_ANSWER = [
  '规划之外的事：最新统计数据、规划的执行进展、其他城市的规划、个人办事咨询。',
  '评价或预测：规划“好不好”、“能不能实现”。',
];

/** Example questions, one per kind. */
export const EXAMPLE_QUESTIONS = ['研发经费支出2025年目标是多少？', '井冈蜜柚种植规模要达到多少？', 'What are the targets for forest coverage?'];
