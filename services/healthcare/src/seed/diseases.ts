import { NANYANG } from '@pas/seed-kit/figures';

/**
 * 003 gives how many diseases the lists hold (门诊慢性病 19 个病种, 重特大疾病 10 个病种) but not
 * which. These are the diseases Henan's lists of the time name, so the seed reads true.
 */
export const CHRONIC_DISEASES = [
  '高血压病', '糖尿病', '冠心病', '脑卒中后遗症', '慢性阻塞性肺疾病', '支气管哮喘', '慢性心力衰竭',
  '类风湿性关节炎', '慢性病毒性肝炎', '肝硬化', '帕金森病', '癫痫', '精神分裂症', '系统性红斑狼疮',
  '甲状腺功能亢进症', '强直性脊柱炎', '慢性肾小球肾炎', '肺结核', '重症肌无力',
] as const;

export const SERIOUS_DISEASES = [
  '终末期肾病', '乳腺癌', '宫颈癌', '肺癌', '食管癌', '胃癌', '结直肠癌', '儿童白血病', '儿童先天性心脏病', '重性精神病',
] as const;

if (CHRONIC_DISEASES.length !== NANYANG.outpatientChronicDiseaseTypes || SERIOUS_DISEASES.length !== NANYANG.seriousDiseaseTypes) {
  throw new Error('The disease lists must hold as many diseases as the documents count');
}

/** Acute conditions behind the hospital stays of people without a listed disease. */
export const ACUTE_CONDITIONS = ['肺炎', '骨折', '急性阑尾炎', '胆囊炎', '脑梗死', '白内障', '腰椎间盘突出症', '急性胃肠炎'] as const;
