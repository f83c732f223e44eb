// Whether a question asks how to get something done as one person — which papers to bring, where to
// sign up or get a licence, what a fine or a fee is, which shop is good: what a government service
// counter or a shop answers, never a five-year plan, which sets the city's targets and policies. Pure.

const ZH_PROCEDURE = /什么材料|哪些材料|办证|办哪些证|办什么证|要办什么|怎么办理|如何办理|去哪办|哪里办|在哪办|报名|上牌|过户|罚款|罚多少|怎么罚|哪家.{0,6}好|怎么收费|收费标准|起诉|找谁|打什么电话|热线电话|营业时间|(?:网上|手机上|线上|app上)怎么|怎么(?:激活|注册|登录)|手把手|一步步教/i;
const EN_PROCEDURE = /\bapply for\b|\bwhere can i\b|\bwhat documents\b|\bwhich documents\b|\bregister (?:my|a)\b|\bfined?\b|\bphone number\b|\bopening hours\b/i;

/** Whether a (Simplified) question asks about a personal procedure, fee, fine or shop (see above). */
export const asksProcedure = (question: string): boolean => ZH_PROCEDURE.test(question) || EN_PROCEDURE.test(question);
