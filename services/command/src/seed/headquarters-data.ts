import type { DepartmentDoc, HeadquartersDoc } from '../models/index.js';

/**
 * The city's departments in the campaign. `domain` names the subgraph that keeps a department's
 * records; departments without one yet have null.
 */
const DEPARTMENT_LIST = [
  { code: 'POVERTY_ALLEVIATION_OFFICE', name: '市扶贫办', domain: 'registry' },
  { code: 'HUMAN_RESOURCES_SOCIAL_SECURITY', name: '市人社局', domain: 'employment' },
  { code: 'HEALTH_COMMISSION', name: '市卫健委', domain: 'healthcare' },
  { code: 'MEDICAL_SECURITY', name: '市医保局', domain: 'healthcare' },
  { code: 'DISABLED_PERSONS_FEDERATION', name: '市残联', domain: 'healthcare' },
  { code: 'EDUCATION_BUREAU', name: '市教育局', domain: 'education' },
  { code: 'DEVELOPMENT_REFORM', name: '市发改委', domain: 'housing' },
  { code: 'HOUSING_CONSTRUCTION', name: '市住建局', domain: 'housing' },
  { code: 'TRANSPORT_BUREAU', name: '市交通运输局', domain: 'housing' },
  { code: 'WATER_RESOURCES_BUREAU', name: '市水利局', domain: 'housing' },
  { code: 'FINANCE_BUREAU', name: '市财政局', domain: 'finance' },
  { code: 'FINANCIAL_AFFAIRS_OFFICE', name: '市金融办', domain: 'finance' },
  { code: 'SUPERVISION_OFFICE', name: '市委督查室', domain: 'command' },
  { code: 'AGRICULTURE_BUREAU', name: '市农业局', domain: null },
  { code: 'FORESTRY_BUREAU', name: '市林业局', domain: null },
  { code: 'ENVIRONMENTAL_PROTECTION_BUREAU', name: '市环保局', domain: null },
  { code: 'TOURISM_BUREAU', name: '市旅游局', domain: null },
  { code: 'COMMERCE_BUREAU', name: '市商务局', domain: null },
  { code: 'CIVIL_AFFAIRS_BUREAU', name: '市民政局', domain: null },
  { code: 'LAND_RESOURCES_BUREAU', name: '市国土资源局', domain: null },
  { code: 'STATE_GRID_LUOYANG', name: '国网洛阳供电公司', domain: null },
  { code: 'PBOC_LUOYANG', name: '人民银行洛阳市中心支行', domain: null },
  { code: 'UNITED_FRONT', name: '市委统战部', domain: null },
  { code: 'FEDERATION_OF_INDUSTRY', name: '市工商联', domain: null },
  { code: 'PROPAGANDA', name: '市委宣传部', domain: null },
  { code: 'ORGANIZATION', name: '市委组织部', domain: null },
  { code: 'DISCIPLINE_INSPECTION', name: '市纪委监委', domain: null },
] as const satisfies readonly DepartmentDoc[];

export type DepartmentCode = (typeof DEPARTMENT_LIST)[number]['code'];
export const DEPARTMENTS: readonly DepartmentDoc[] = DEPARTMENT_LIST;

function hq(
  code: string,
  name: string,
  category: HeadquartersDoc['category'],
  lead: DepartmentCode,
  members: DepartmentCode[],
): Omit<HeadquartersDoc, 'rank'> {
  return { code, name, category, leadDepartmentCode: lead, memberDepartmentCodes: members };
}

/**
 * The 14 重大专项工作指挥部 (000: 我市成立脱贫攻坚14个重大专项工作指挥部), in the city's order.
 * 000 fixes what it names: 市人社局 leads 就业创业扶贫 (one of the 四场硬仗) and is a member of the
 * 健康扶贫, 教育扶贫, 扶贫助残 and 易地搬迁 HQs (among the 六大行动). The rest is our proposal.
 */
export const HEADQUARTERS: readonly HeadquartersDoc[] = [
  hq('INDUSTRY', '产业扶贫', 'FOUR_BATTLES', 'AGRICULTURE_BUREAU', ['FINANCE_BUREAU', 'FORESTRY_BUREAU', 'TOURISM_BUREAU', 'COMMERCE_BUREAU', 'POVERTY_ALLEVIATION_OFFICE']),
  hq('EMPLOYMENT', '就业创业扶贫', 'FOUR_BATTLES', 'HUMAN_RESOURCES_SOCIAL_SECURITY', ['FINANCE_BUREAU', 'COMMERCE_BUREAU', 'FEDERATION_OF_INDUSTRY', 'POVERTY_ALLEVIATION_OFFICE']),
  hq('FINANCE', '金融扶贫', 'FOUR_BATTLES', 'FINANCIAL_AFFAIRS_OFFICE', ['FINANCE_BUREAU', 'PBOC_LUOYANG', 'POVERTY_ALLEVIATION_OFFICE']),
  hq('ECOLOGY', '生态扶贫', 'FOUR_BATTLES', 'FORESTRY_BUREAU', ['ENVIRONMENTAL_PROTECTION_BUREAU', 'WATER_RESOURCES_BUREAU', 'FINANCE_BUREAU']),
  hq('HEALTH', '健康扶贫', 'SIX_ACTIONS', 'HEALTH_COMMISSION', ['HUMAN_RESOURCES_SOCIAL_SECURITY', 'MEDICAL_SECURITY', 'CIVIL_AFFAIRS_BUREAU', 'FINANCE_BUREAU']),
  hq('EDUCATION', '教育扶贫', 'SIX_ACTIONS', 'EDUCATION_BUREAU', ['HUMAN_RESOURCES_SOCIAL_SECURITY', 'CIVIL_AFFAIRS_BUREAU', 'FINANCE_BUREAU']),
  hq('DISABILITY', '扶贫助残', 'SIX_ACTIONS', 'DISABLED_PERSONS_FEDERATION', ['HUMAN_RESOURCES_SOCIAL_SECURITY', 'CIVIL_AFFAIRS_BUREAU', 'HEALTH_COMMISSION']),
  hq('RELOCATION', '易地搬迁', 'SIX_ACTIONS', 'DEVELOPMENT_REFORM', ['HUMAN_RESOURCES_SOCIAL_SECURITY', 'HOUSING_CONSTRUCTION', 'LAND_RESOURCES_BUREAU', 'FINANCE_BUREAU', 'POVERTY_ALLEVIATION_OFFICE']),
  hq('HOUSING_SAFETY', '危房改造', 'SIX_ACTIONS', 'HOUSING_CONSTRUCTION', ['FINANCE_BUREAU', 'CIVIL_AFFAIRS_BUREAU', 'POVERTY_ALLEVIATION_OFFICE']),
  hq('INFRASTRUCTURE', '基础设施', 'SIX_ACTIONS', 'TRANSPORT_BUREAU', ['WATER_RESOURCES_BUREAU', 'STATE_GRID_LUOYANG', 'DEVELOPMENT_REFORM']),
  hq('SOCIAL_SECURITY', '社会保障兜底', 'FOUR_GUARANTEES', 'CIVIL_AFFAIRS_BUREAU', ['HUMAN_RESOURCES_SOCIAL_SECURITY', 'FINANCE_BUREAU', 'POVERTY_ALLEVIATION_OFFICE']),
  hq('SOCIAL_AID', '社会扶贫', 'FOUR_GUARANTEES', 'UNITED_FRONT', ['FEDERATION_OF_INDUSTRY', 'POVERTY_ALLEVIATION_OFFICE']),
  hq('MOTIVATION', '扶志扶智', 'FOUR_GUARANTEES', 'PROPAGANDA', ['ORGANIZATION', 'EDUCATION_BUREAU']),
  hq('SUPERVISION', '督查问责', 'FOUR_GUARANTEES', 'SUPERVISION_OFFICE', ['DISCIPLINE_INSPECTION', 'POVERTY_ALLEVIATION_OFFICE']),
].map((headquarters, i) => ({ ...headquarters, rank: i + 1 }));
