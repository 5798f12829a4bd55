import { badUserInput } from '@pas/platform';
import { combinedVerdict, judged, type ExitCriterion, type HouseholdCriterionKey } from '@pas/subgraph-kit';
import type { DeclaredIncomeDoc, HouseholdDoc, PovertyLineDoc, VerificationVisitDoc } from '../models/index.js';

/** The criteria other subgraphs judge, as the gateway passes them (@requires); absent or null when they could not. */
export interface DomainCriteria {
  wageIncome?: number | null;
  medicalInsurance?: ExitCriterion | null;
  compulsoryEducation?: ExitCriterion | null;
  safeHousing?: ExitCriterion | null;
  safeDrinkingWater?: ExitCriterion | null;
}

/** A household's assessment in a year, as the registry resolves it: the key, the household and what the gateway passed. */
export interface ExitAssessmentParent extends DomainCriteria {
  householdId: string;
  year: number;
  household: HouseholdDoc;
}

/** Six by 31 August: that September's school year is the first of compulsory education (入学年龄). */
export function schoolEntryYear(birthDate: Date): number {
  const bornBySeptember = birthDate.getUTCMonth() < 8;
  return birthDate.getUTCFullYear() + (bornBySeptember ? 6 : 7);
}

/** The line a household of `countyCode` is judged by in `year`: its province's, else the national one. */
export function lineFor(lines: PovertyLineDoc[], countyCode: string, year: number): PovertyLineDoc | null {
  const ofYear = lines.filter((line) => line.year === year);
  return ofYear.find((line) => line.provinceCode === countyCode.slice(0, 2)) ?? ofYear.find((line) => line.provinceCode == null) ?? null;
}

const yuan = (fen: number) => `${(fen / 100).toFixed(2)}元`;

/**
 * 收入稳定超过扶贫标准: declared income plus employment's wages, divided among the members listed,
 * above the year's line. UNKNOWN without a declaration, without the wages, or without a line.
 */
export function incomeCriterion(household: Pick<HouseholdDoc, 'incomes'> & { members: unknown[] }, year: number, wageIncome: number | null | undefined, line: PovertyLineDoc | null): ExitCriterion {
  const rule = { key: 'INCOME', label: '收入稳定超过扶贫标准', threshold: line ? `家庭人均纯收入高于${yuan(line.amount)}（${year}年扶贫标准）` : `${year}年扶贫标准未录入` } as const;
  const declared = (household.incomes ?? []).find((income) => income.year === year);
  if (!declared || wageIncome == null || !line) {
    const missing = [!declared && '当年收入核算', wageIncome == null && '就业收入（就业部门未提供）', !line && '当年扶贫标准'].filter((what) => what !== false);
    return judged('registry', { ...rule, verdict: 'UNKNOWN', evidence: missing.map((what) => ({ label: '缺少', value: what })) });
  }
  const total = declared.agriculture + declared.transfers + declared.other + wageIncome;
  const members = Math.max(1, household.members.length);
  const perCapita = Math.round(total / members);
  return judged('registry', {
    ...rule,
    verdict: perCapita > line.amount ? 'MET' : 'NOT_MET',
    evidence: [
      { label: '种养殖收入', value: yuan(declared.agriculture) },
      { label: '转移性收入', value: yuan(declared.transfers) },
      { label: '财产性及其他收入', value: yuan(declared.other) },
      { label: '工资性收入（就业部门）', value: yuan(wageIncome) },
      { label: '家庭人口', value: String(household.members.length) },
      { label: '人均纯收入', value: yuan(perCapita) },
    ],
  });
}

/** 不愁吃 or 不愁穿 as the latest visit checking the year found it. */
export function visitCriterion(key: 'FOOD' | 'CLOTHING', visits: Pick<VerificationVisitDoc, 'year' | 'visitedOn' | 'food' | 'clothing' | 'note'>[], year: number): ExitCriterion {
  const rule = key === 'FOOD' ? { key, label: '不愁吃', threshold: '入户核验：主食和必要的肉蛋奶或豆制品有保障' } : { key, label: '不愁穿', threshold: '入户核验：四季有换季衣服、有御寒被褥' };
  const latest = visits.filter((visit) => visit.year === year).sort((a, b) => a.visitedOn.getTime() - b.visitedOn.getTime()).at(-1);
  if (!latest) return judged('registry', { ...rule, verdict: 'UNKNOWN', evidence: [{ label: '入户核验', value: '当年无记录' }] });
  const found = key === 'FOOD' ? latest.food : latest.clothing;
  return judged('registry', {
    ...rule,
    verdict: found ? 'MET' : 'NOT_MET',
    evidence: [{ label: '入户核验', value: `${latest.visitedOn.toISOString().slice(0, 10)}，${found ? '达标' : '未达标'}${latest.note ? `：${latest.note}` : ''}` }],
  });
}

/** Each criterion's name and the subgraph that judges it, for one it could not. */
const JUDGED_BY: Record<HouseholdCriterionKey, [label: string, source: string]> = {
  INCOME: ['收入稳定超过扶贫标准', 'registry'], FOOD: ['不愁吃', 'registry'], CLOTHING: ['不愁穿', 'registry'],
  COMPULSORY_EDUCATION: ['义务教育有保障', 'education'], MEDICAL_INSURANCE: ['基本医疗有保障', 'healthcare'],
  SAFE_HOUSING: ['住房安全有保障', 'housing'], SAFE_DRINKING_WATER: ['饮水安全有保障', 'housing'],
};
const ORDER = Object.keys(JUDGED_BY) as HouseholdCriterionKey[];

/** Every criterion in the standard's order; one not judged becomes UNKNOWN, naming its subgraph. */
export function allCriteria(judgedCriteria: Partial<Record<HouseholdCriterionKey, ExitCriterion | null>>): ExitCriterion[] {
  return ORDER.map((key) => {
    const found = judgedCriteria[key];
    if (found) return { ...found, key };
    const [label, source] = JUDGED_BY[key];
    return judged(source, { key, label, verdict: 'UNKNOWN', threshold: '—', evidence: [{ label: '未能判定', value: `${source} 未提供（服务不可用或无权查看）` }] });
  });
}

export function overallVerdict(criteria: ExitCriterion[]) {
  return combinedVerdict(criteria.map((criterion) => criterion.verdict));
}

export interface DeclaredIncomeInput {
  year: number;
  agriculture: number;
  transfers: number;
  other: number;
}

const MAX_AMOUNT = 100_000_000; // 100万元

/** A declaration as stored, or BAD_USER_INPUT naming the first bad field. */
export function declaredIncome(input: DeclaredIncomeInput, year: number, recordedBy: string): DeclaredIncomeDoc {
  for (const field of ['agriculture', 'transfers', 'other'] as const) {
    const amount = input[field];
    if (!Number.isInteger(amount) || amount < 0 || amount > MAX_AMOUNT) throw badUserInput(`${field} must be a whole number of fen from 0 to 100万元`, { field });
  }
  return { year, agriculture: input.agriculture, transfers: input.transfers, other: input.other, recordedOn: new Date(), recordedBy };
}
