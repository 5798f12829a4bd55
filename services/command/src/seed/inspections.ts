import type { Rng, SeedCounty, SeedWorld } from '@pas/seed-kit';
import { LUOYANG_TOTALS } from '@pas/seed-kit/figures';
import { INSPECTION_METHODS, type InspectionDoc, type RectificationIssueDoc } from '../models/index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const AS_OF = Date.UTC(2019, 8, 30);
// 四不两直 visits are planted on purpose; the routine ones use every other method.
const ROUTINE_METHODS = INSPECTION_METHODS.filter((method) => method !== 'FOUR_NO_TWO_DIRECT');
/** Problems of the kind the documents describe, with the headquarters each concerns. */
const FINDINGS: [string, string][] = [
  ['帮扶措施与致贫原因不对应', 'INDUSTRY'],
  ['有就业意愿的贫困劳动力未实现就业', 'EMPLOYMENT'],
  ['公益性岗位工资发放不及时', 'EMPLOYMENT'],
  ['到期扶贫小额信贷未及时续贷或收回', 'FINANCE'],
  ['扶贫资金拨付滞后', 'FINANCE'],
  ['贫困人口参保信息与扶贫系统不一致', 'HEALTH'],
  ['慢性病患者应办未办慢性病卡', 'HEALTH'],
  ['大病保险倾斜政策追溯报销未完成', 'HEALTH'],
  ['适龄儿童辍学未劝返', 'EDUCATION'],
  ['贫困残疾人两项补贴未足额发放', 'DISABILITY'],
  ['搬迁户已交钥匙未入住', 'RELOCATION'],
  ['危房改造竣工未验收', 'HOUSING_SAFETY'],
  ['贫困村未通客车', 'INFRASTRUCTURE'],
  ['安全饮水水质未定期检测', 'INFRASTRUCTURE'],
  ['符合条件的贫困户未纳入低保', 'SOCIAL_SECURITY'],
  ['驻村工作队员在岗不在位', 'SUPERVISION'],
];

// 000: 市脱贫攻坚领导小组决定从 10 月上旬至 12 月底开展“回头看大整改”工作, 按照“四不两直”要求
const REVIEW = { name: LUOYANG_TOTALS.hrssb2018.reviewCampaign.name, from: Date.UTC(2018, 9, 8), to: Date.UTC(2018, 11, 20) };

function issueStatus(rng: Rng, deadline: number): RectificationIssueDoc['status'] {
  const x = rng.next();
  if (deadline < AS_OF - 90 * DAY) return x < 0.85 ? 'VERIFIED' : x < 0.97 ? 'RECTIFIED' : 'OPEN';
  return x < 0.5 ? 'OPEN' : x < 0.85 ? 'RECTIFIED' : 'VERIFIED';
}

function issuesOf(rng: Rng, inspection: InspectionDoc, county: SeedCounty): RectificationIssueDoc[] {
  return Array.from({ length: inspection.findingsCount }, (_, n) => {
    const [description, headquartersCode] = rng.pick(FINDINGS);
    const deadline = inspection.date.getTime() + rng.pick([30, 45, 60]) * DAY;
    const status = issueStatus(rng, deadline);
    const closed = status !== 'OPEN';
    return {
      id: `RI-${inspection.id.slice(3)}-${n + 1}`,
      inspectionId: inspection.id,
      countyCode: county.code,
      headquartersCode,
      description,
      status,
      deadline: new Date(deadline),
      rectifiedOn: closed ? new Date(Math.min(AS_OF, inspection.date.getTime() + rng.int(5, 60) * DAY + rng.int(8, 18) * HOUR)) : null,
      rectifiedBy: closed ? `${county.name}扶贫办` : null,
      version: status === 'OPEN' ? 1 : status === 'RECTIFIED' ? 2 : 3,
    };
  });
}

/** Routine inspections of every county (three a year, 2017-2019) and the 回头看大整改 review of autumn 2018. */
export function inspectionsFor(world: SeedWorld, rng: Rng): { inspections: InspectionDoc[]; rectificationIssues: RectificationIssueDoc[] } {
  const inspections: InspectionDoc[] = [];
  const rectificationIssues: RectificationIssueDoc[] = [];
  for (const county of world.counties) {
    const visits: Omit<InspectionDoc, 'id' | 'findingsCount'>[] = [];
    for (const year of [2017, 2018, 2019]) {
      for (let n = 0; n < 3; n++) {
        const date = new Date(Date.UTC(year, n * 4 + rng.int(0, 3), rng.int(1, 28)));
        if (date.getTime() < AS_OF) visits.push({ method: rng.pick(ROUTINE_METHODS), countyCode: county.code, campaign: null, date });
      }
    }
    const reviewDay = REVIEW.from + rng.int(0, (REVIEW.to - REVIEW.from) / DAY) * DAY;
    visits.push({ method: 'FOUR_NO_TWO_DIRECT', countyCode: county.code, campaign: REVIEW.name, date: new Date(reviewDay) });
    visits.sort((a, b) => a.date.getTime() - b.date.getTime());
    visits.forEach((visit, n) => {
      // The review went through everything, so it found more than a routine visit.
      const findingsCount = visit.campaign ? rng.int(2, 6) : rng.int(0, 3);
      const inspection = { ...visit, id: `IN-${county.code}-${String(n + 1).padStart(2, '0')}`, findingsCount };
      inspections.push(inspection);
      rectificationIssues.push(...issuesOf(rng, inspection, county));
    });
  }
  return { inspections, rectificationIssues };
}
