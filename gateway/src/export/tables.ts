import { HOUSEHOLD_CRITERION_LABELS as CRITERION_LABELS } from '@pas/subgraph-kit';
import { label, REASON_LABELS, STATUS_LABELS, VERDICT_LABELS } from './labels.js';

/** A column of an exported table: its Chinese header and how wide a spreadsheet shows it. */
export interface Column {
  header: string;
  width: number;
}

const columns = (...specs: [header: string, width: number][]): Column[] => specs.map(([header, width]) => ({ header, width }));

/** One downloadable table: the operation that reads it through the graph, and its rows. */
export interface ExportTable {
  title: (params: ExportParams) => string;
  columns: Column[];
  /** Every row, reading as many pages as the graph gives. */
  rows: (read: ReadGraph, params: ExportParams) => Promise<string[][]>;
}

export interface ExportParams {
  county: string;
  year: number;
  reason?: string;
}

export type ReadGraph = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

type Evidence = { label: string; value: string };
const evidenceText = (evidence: Evidence[]) => evidence.map((e) => `${e.label}：${e.value}`).join('；');

const HOUSEHOLDS = /* GraphQL */ `query ExportExitAssessment($county: ID!, $year: Int!) {
  county(code: $county) { exitAssessment(year: $year) {
    households { household { id headName village { name } } status verdict reasons { key verdict evidence { label value } } }
  } }
}`;
type HouseholdsAnswer = {
  county: { exitAssessment: { households: { household: { id: string; headName: string | null; village: { name: string } }; status: string; verdict: string; reasons: { key: string; verdict: string; evidence: Evidence[] }[] }[] } } | null;
};

const COMPARISON = /* GraphQL */ `query ExportComparison($county: ID!, $year: Int!, $reason: ComparisonReason, $after: String, $first: Int = 500) {
  county(code: $county) { exitAssessment(year: $year) {
    comparison(reason: $reason, first: $first, after: $after) { endCursor candidates { reason householdId personId status household { headName } evidence { label value } } }
  } }
}`;
type ComparisonAnswer = {
  county: { exitAssessment: { comparison: { endCursor: string | null; candidates: { reason: string; householdId: string; personId: string | null; status: string | null; household: { headName: string | null } | null; evidence: Evidence[] }[] } } } | null;
};

export const TABLES: Record<string, ExportTable> = {
  'exit-assessment': {
    title: ({ county, year }) => `${county}县${year}年脱贫评估`,
    columns: columns(['户编号', 20], ['户主', 10], ['村', 12], ['年末状态', 10], ['判定', 10], ['未达标或无法判定的指标', 28], ['依据', 80]),
    rows: async (read, { county, year }) => {
      const answer = await read<HouseholdsAnswer>(HOUSEHOLDS, { county, year });
      return (answer.county?.exitAssessment.households ?? []).map((row) => [
        row.household.id,
        row.household.headName ?? '',
        row.household.village.name,
        label(STATUS_LABELS, row.status),
        label(VERDICT_LABELS, row.verdict),
        row.reasons.map((reason) => `${label(CRITERION_LABELS, reason.key)}（${label(VERDICT_LABELS, reason.verdict)}）`).join('、'),
        row.reasons.map((reason) => `${label(CRITERION_LABELS, reason.key)}：${evidenceText(reason.evidence)}`).join('\n'),
      ]);
    },
  },
  comparison: {
    title: ({ county, year }) => `${county}县${year}年数据比对`,
    columns: columns(['类型', 12], ['户编号', 20], ['户主', 10], ['人员编号', 22], ['登记状态', 12], ['依据', 80]),
    rows: async (read, { county, year, reason }) => {
      const rows: string[][] = [];
      let after: string | null = null;
      do {
        const answer: ComparisonAnswer = await read<ComparisonAnswer>(COMPARISON, { county, year, reason, after });
        const page = answer.county?.exitAssessment.comparison;
        for (const candidate of page?.candidates ?? []) {
          rows.push([
            label(REASON_LABELS, candidate.reason),
            candidate.householdId,
            candidate.household?.headName ?? '',
            candidate.personId ?? '',
            candidate.household ? label(STATUS_LABELS, candidate.status) : '登记册无此户',
            evidenceText(candidate.evidence),
          ]);
        }
        after = page?.endCursor ?? null;
      } while (after);
      return rows;
    },
  },
};
