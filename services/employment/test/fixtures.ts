import { EmploymentRecord, EmploymentSubsidy, TrainingCourse, Workshop, employmentRecordId } from '../src/models/index.js';

export const VILLAGE = '410326100201';
export const householdIds = Array.from({ length: 20 }, (_, i) => `H${VILLAGE}${String(i + 1).padStart(4, '0')}`);
const started = new Date('2018-03-01');

/**
 * 20 households of one 汝阳 village: every head works away, even-numbered spouses hold a
 * public-welfare post, odd-numbered ones work in one of two workshops; a course trained ten
 * heads. One 嵩县 workshop and post besides.
 */
export async function insertEmployment(): Promise<void> {
  await Workshop.create([
    { id: 'WS-410326100201-1', name: '东街村服装加工扶贫车间', villageCode: VILLAGE, countyCode: '410326', enterprise: '汝阳鑫源服装加工有限公司', industry: '服装加工', openedOn: new Date('2017-05-01'), jobs: 30 },
    { id: 'WS-410326100201-2', name: '东街村来料加工扶贫车间', villageCode: VILLAGE, countyCode: '410326', enterprise: '汝阳惠民来料加工有限公司', industry: '来料加工', openedOn: new Date('2017-09-01'), jobs: 20 },
    { id: 'WS-410325100201-1', name: '南关村吨包车间', villageCode: '410325100201', countyCode: '410325', enterprise: '嵩鑫吨包有限公司', industry: '吨包车间', openedOn: new Date('2018-01-01'), jobs: 15 },
  ]);
  const place = (householdId: string, n: number) => ({ personId: `${householdId}-${n}`, householdId, villageCode: householdId.slice(1, 13), countyCode: householdId.slice(1, 7) });
  await EmploymentRecord.insertMany(
    householdIds.flatMap((householdId, i) => [
      {
        id: employmentRecordId('TRANSFER', `${householdId}-1`, started),
        kind: 'TRANSFER',
        ...place(householdId, 1),
        startDate: started,
        // The last household's head came home.
        endDate: i === 19 ? new Date('2019-06-30') : null,
        monthlyIncome: i % 2 ? 400_000 : 300_000,
        destinationScope: i % 3 === 0 ? 'OUT_OF_PROVINCE' : 'IN_PROVINCE',
        destination: i % 3 === 0 ? '浙江省义乌市' : '河南省郑州市',
        employer: null,
      },
      i % 2 === 0
        ? { id: employmentRecordId('PUBLIC_WELFARE_POST', `${householdId}-2`, started), kind: 'PUBLIC_WELFARE_POST', ...place(householdId, 2), startDate: started, endDate: null, monthlyIncome: 50_000, postType: 'CLEANER' }
        : { id: employmentRecordId('WORKSHOP', `${householdId}-2`, started), kind: 'WORKSHOP', ...place(householdId, 2), startDate: started, endDate: null, monthlyIncome: 220_000, workshopId: `WS-410326100201-${1 + (i % 4 === 1 ? 0 : 1)}` },
    ]),
  );
  await EmploymentRecord.create({ id: 'PW-H4103251002010001-2-20180301', kind: 'PUBLIC_WELFARE_POST', ...place('H4103251002010001', 2), startDate: started, endDate: null, monthlyIncome: 60_000, postType: 'FOREST_RANGER' });
  await TrainingCourse.create({
    id: 'TC-410326-2017-001',
    name: '2017年家政服务订单式培训班',
    mode: 'ORDER',
    trade: '家政服务',
    provider: '汝阳县职业培训中心',
    employer: '洛阳市家政服务公司',
    countyCode: '410326',
    year: 2017,
    startDate: new Date('2017-10-09'),
    days: 15,
    trainees: householdIds.slice(0, 10).map((householdId, i) => ({ personId: `${householdId}-1`, householdId, certified: i !== 0 })),
  });
  await EmploymentSubsidy.insertMany(
    householdIds.map((householdId) => ({ id: `ES-${householdId}-1-2018-TRANSPORT`, personId: `${householdId}-1`, householdId, countyCode: '410326', kind: 'TRANSPORT', amount: 30_000, year: 2018, paidOn: new Date('2018-12-20') })),
  );
}
