import { describe, expect, it } from 'vitest';
import { DEPARTMENTS, HEADQUARTERS } from '../src/seed/headquarters-data.js';
import type { HeadquartersDoc, InspectionDoc, RectificationIssueDoc, TaskLedgerEntryDoc } from '../src/models/index.js';
import { Department, Headquarters, Inspection, RectificationIssue, TaskLedgerEntry } from '../src/models/index.js';
import { seedModule } from '../src/seed/index.js';
import { buildRegionWorld, itSeedsEveryCollection } from '@pas/test-helpers';

const world = buildRegionWorld({ counties: ['410326', '410325'], villages: 2, households: 10, scale: 0.01 });
describe('command seed module', () => {
  const docs = itSeedsEveryCollection(seedModule, world, [Department, Headquarters, TaskLedgerEntry, Inspection, RectificationIssue]);
  const headquarters = docs.headquarters as HeadquartersDoc[];
  const inspections = docs.inspections as InspectionDoc[];
  const issues = docs.rectificationIssues as RectificationIssueDoc[];

  it('seeds the 14 headquarters and the departments of headquarters-data, as copies', () => {
    expect(headquarters).toEqual(HEADQUARTERS);
    expect(docs.departments).toEqual(DEPARTMENTS);
    expect(headquarters).toHaveLength(14);
    expect(headquarters[0]).not.toBe(HEADQUARTERS[0]);
    expect(headquarters[0]!.memberDepartmentCodes).not.toBe(HEADQUARTERS[0]!.memberDepartmentCodes);
  });

  it('refers only to departments, headquarters, inspections and counties that exist', () => {
    const departments = new Set(DEPARTMENTS.map((d) => d.code));
    const hqCodes = new Set(headquarters.map((hq) => hq.code));
    const counties = new Set(world.counties.map((c) => c.code));
    for (const hq of headquarters) {
      for (const code of [hq.leadDepartmentCode, ...hq.memberDepartmentCodes]) expect(departments.has(code), code).toBe(true);
    }
    for (const task of docs.taskLedgerEntries as TaskLedgerEntryDoc[]) {
      expect(hqCodes.has(task.headquartersCode)).toBe(true);
      expect(departments.has(task.ownerDepartmentCode)).toBe(true);
      expect(counties.has(task.countyCode!)).toBe(true);
    }
    const inspectionCounties = new Map(inspections.map((i) => [i.id, i.countyCode]));
    for (const issue of issues) {
      expect(inspectionCounties.get(issue.inspectionId)).toBe(issue.countyCode);
      expect(hqCodes.has(issue.headquartersCode)).toBe(true);
    }
    for (const inspection of inspections) {
      expect(counties.has(inspection.countyCode)).toBe(true);
      expect(issues.filter((i) => i.inspectionId === inspection.id)).toHaveLength(inspection.findingsCount);
    }
  });

  it('holds one 回头看大整改 review per county, 四不两直, between October and December 2018', () => {
    const reviews = inspections.filter((i) => i.campaign === '回头看大整改');
    expect(reviews.map((r) => r.countyCode).sort()).toEqual(world.counties.map((c) => c.code).sort());
    for (const review of reviews) {
      expect(review.method).toBe('FOUR_NO_TWO_DIRECT');
      expect(review.date.toISOString() >= '2018-10-01' && review.date.toISOString() <= '2018-12-31').toBe(true);
    }
  });

  it('gives every closed issue a closing date and a version past the first', () => {
    for (const issue of issues) {
      if (issue.status === 'OPEN') expect([issue.rectifiedOn, issue.version]).toEqual([null, 1]);
      else expect(issue.rectifiedOn !== null && issue.version > 1).toBe(true);
    }
  });
});
