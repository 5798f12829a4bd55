import type { Rng, SeedCounty } from '@pas/seed-kit';
import { RUYANG } from '@pas/seed-kit/figures';
import type { TrainingCourseDoc } from '../models/index.js';
import { countyShare } from './county-share.js';
import { dayIn, sample, type Labourer } from './labourers.js';

const TRADES = ['家政服务', '电工', '焊工', '中式烹调', '母婴护理', '电子商务', '食用菌种植', '养老护理', '挖掘机驾驶', '中式面点'];
const MODES: readonly { mode: TrainingCourseDoc['mode']; label: string; weight: number }[] = [
  { mode: 'ORDER', label: '订单式', weight: 35 },
  { mode: 'DIRECTED', label: '定向式', weight: 35 },
  { mode: 'POST_DIRECTED', label: '定向定岗', weight: 15 },
  { mode: 'GENERAL', label: '技能', weight: 15 },
];
const ORDERING_EMPLOYERS = ['义乌市服装厂', '郑州市电子厂', '苏州市电子厂', '洛阳市家政服务公司', '东莞市电子厂'];

function pickMode(rng: Rng) {
  let roll = rng.int(1, 100);
  for (const entry of MODES) {
    roll -= entry.weight;
    if (roll <= 0) return entry;
  }
  return MODES[0]!;
}

/**
 * A county's skills-training courses (精准培训, 001: 开展“订单式”“定向式”精准培训), 2016-2019,
 * 20 to 45 labourers each, until the county's share of 汝阳's 7,770 person-times is reached.
 * A labourer may attend more than one course, never the same one twice.
 */
export function countyTrainingCourses(county: SeedCounty, labourers: Labourer[], households: number, scale: number, rng: Rng): TrainingCourseDoc[] {
  if (labourers.length === 0) return [];
  let personTimes = countyShare(RUYANG.laborTransfer!.trainingPersonTimes!, county.code, households, scale);
  const courses: TrainingCourseDoc[] = [];
  const perYear = new Map<number, number>();
  while (personTimes > 0) {
    const year = rng.int(2016, 2019);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const { mode, label } = pickMode(rng);
    const trade = rng.pick(TRADES);
    const size = Math.min(personTimes, labourers.length, rng.int(20, 45));
    const trainees = sample(labourers, size, rng).map(({ person, household }) => ({ personId: person.id, householdId: household.id, certified: rng.chance(0.8) }));
    courses.push({
      id: `TC-${county.code}-${year}-${String(n).padStart(3, '0')}`,
      name: `${year}年${trade}${label}培训班`,
      mode,
      trade,
      provider: rng.pick([`${county.name}职业培训中心`, `${county.name}职业教育中心`, `${county.name}人力资源和社会保障局`]),
      employer: mode === 'ORDER' ? rng.pick(ORDERING_EMPLOYERS) : null,
      countyCode: county.code,
      year,
      startDate: dayIn(year, rng, 1, 10),
      days: rng.int(7, 30),
      trainees,
    });
    personTimes -= size;
  }
  return courses;
}
