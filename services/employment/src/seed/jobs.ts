import type { Rng, SeedCounty, SeedVillage } from '@pas/seed-kit';
import { RUYANG } from '@pas/seed-kit/figures';
import {
  employmentRecordId,
  POST_TYPES,
  type DestinationScope,
  type EmploymentKind,
  type PublicWelfarePostRecord,
  type TransferRecord,
  type WorkshopDoc,
  type WorkshopJobRecord,
} from '../models/index.js';
import { countyShare } from './county-share.js';
import { dayIn, RECORDS_UNTIL, shuffle, type Labourer } from './labourers.js';

const WORKSHOP_INDUSTRIES = ['来料加工', '服装加工', '寿衣加工', '小商品加工', '电子产品加工', '吨包车间'] as const;
const ENTERPRISE_NAMES = ['鑫源', '宏达', '丰华', '惠民', '兴业', '锦绣', '众诚', '福瑞'];
const DESTINATIONS: Record<DestinationScope, readonly string[]> = {
  IN_COUNTY: ['产业集聚区', '县城'],
  IN_PROVINCE: ['河南省郑州市', '河南省洛阳市', '河南省许昌市', '河南省新乡市', '河南省南阳市'],
  // 001: 承接义乌等地来料加工项目; the rest are the usual destinations of Henan's migrant workers.
  OUT_OF_PROVINCE: ['浙江省义乌市', '江苏省苏州市', '广东省东莞市', '广东省深圳市', '北京市', '上海市', '福建省晋江市'],
};
const EMPLOYER_KINDS = ['电子厂', '服装厂', '建筑公司', '物流公司', '家政服务公司', '食品厂'];
/** Monthly income ranges in yuan by destination: farther pays more. */
const TRANSFER_INCOME: Record<DestinationScope, [number, number]> = {
  IN_COUNTY: [1800, 3000],
  IN_PROVINCE: [2500, 3800],
  OUT_OF_PROVINCE: [3000, 5000],
};

export interface CountyJobs {
  workshops: WorkshopDoc[];
  posts: PublicWelfarePostRecord[];
  workshopJobs: WorkshopJobRecord[];
  transfers: TransferRecord[];
}

/**
 * What every job shares: its id, kind, holder and span. It starts after the household was
 * identified; one in ten has ended by the end of 2019.
 */
function job<Kind extends EmploymentKind>(kind: Kind, labourer: Labourer, rng: Rng, earliest: Date) {
  const { person, household } = labourer;
  const firstYear = Math.max(2016, household.identifiedYear, earliest.getUTCFullYear());
  let startDate = dayIn(rng.int(firstYear, 2019), rng);
  if (startDate < earliest) startDate = earliest;
  const ended = rng.chance(0.1) ? new Date(startDate.getTime() + rng.int(90, 720) * 86_400_000) : null;
  return {
    id: employmentRecordId(kind, person.id, startDate),
    kind,
    personId: person.id,
    householdId: household.id,
    villageCode: household.villageCode,
    countyCode: household.countyCode,
    startDate,
    endDate: ended && ended < RECORDS_UNTIL ? ended : null,
  };
}

/**
 * One county's jobs from its labourers, each labourer holding at most one: public-welfare
 * posts first (weak labour capacity before full), then 扶贫车间 jobs (women first, who stay
 * home), then transfers away from home for the rest of the able-bodied. Counts follow 汝阳's
 * documented figures (001): 2,687 posts, 160 workshops employing 2,300 poor, 23,700 transferred.
 */
export function countyJobs(county: SeedCounty, villages: SeedVillage[], labourers: Labourer[], households: number, scale: number, rng: Rng): CountyJobs {
  const share = (figure: number) => countyShare(figure, county.code, households, scale);
  let pool = shuffle([...labourers], rng);
  // The first `count` labourers of the pool, those `prefer` picks before the others.
  const take = (count: number, prefer: (l: Labourer) => boolean) => {
    const preferred = pool.filter(prefer);
    const others = pool.filter((l) => !prefer(l));
    const fromOthers = Math.max(0, count - preferred.length);
    pool = [...preferred.slice(count), ...others.slice(fromOthers)];
    return [...preferred.slice(0, count), ...others.slice(0, fromOthers)];
  };

  const posts = take(share(RUYANG.publicWelfarePosts!.people), (l) => l.person.labourCapacity === 'WEAK').map((labourer): PublicWelfarePostRecord => {
    return {
      ...job('PUBLIC_WELFARE_POST', labourer, rng, new Date(Date.UTC(RUYANG.publicWelfarePosts!.sinceYear, 0, 1))),
      monthlyIncome: rng.pick([300, 400, 500, 600, 800]) * 100,
      postType: rng.pick(POST_TYPES),
    };
  });

  const workshops = countyWorkshops(county, villages, share(RUYANG.workshops!.workshopsAndVillageBases), rng);
  const workshopJobs: WorkshopJobRecord[] = [];
  const workersPerWorkshop = new Map<string, number>();
  if (workshops.length > 0) {
    for (const labourer of take(share(RUYANG.workshops!.peopleBenefited.value), (l) => l.person.gender === 'FEMALE')) {
      const workshop = rng.pick(workshops);
      workersPerWorkshop.set(workshop.id, (workersPerWorkshop.get(workshop.id) ?? 0) + 1);
      workshopJobs.push({
        ...job('WORKSHOP', labourer, rng, workshop.openedOn),
        // 001: 月均增收2200元左右
        monthlyIncome: rng.int(18, 26) * 10_000,
        workshopId: workshop.id,
      });
    }
  }
  for (const workshop of workshops) workshop.jobs = (workersPerWorkshop.get(workshop.id) ?? 0) + rng.int(3, 20);

  const transfers = take(share(RUYANG.laborTransfer!.transferredPoorWorkers!), (l) => l.person.labourCapacity === 'FULL')
    .filter((labourer) => labourer.person.labourCapacity === 'FULL')
    .map((labourer): TransferRecord => {
      const shared = job('TRANSFER', labourer, rng, new Date(Date.UTC(2016, 0, 1)));
      const destinationScope = rng.pick<DestinationScope>(['IN_COUNTY', 'IN_PROVINCE', 'OUT_OF_PROVINCE', 'OUT_OF_PROVINCE']);
      const city = rng.pick(DESTINATIONS[destinationScope]);
      const destination = destinationScope === 'IN_COUNTY' ? `${county.name}${city}` : city;
      const [low, high] = TRANSFER_INCOME[destinationScope];
      return {
        ...shared,
        monthlyIncome: rng.int(low / 100, high / 100) * 10_000,
        destinationScope,
        destination,
        employer: rng.chance(0.6) ? `${destination.replace(/^河南省|^[^省]+省/, '')}${rng.pick(EMPLOYER_KINDS)}` : null,
      };
    });

  return { workshops, posts, workshopJobs, transfers };
}

/** 扶贫车间 in the county's poverty villages (any village when it has none), opened 2016-2019. */
function countyWorkshops(county: SeedCounty, villages: SeedVillage[], count: number, rng: Rng): WorkshopDoc[] {
  const poverty = villages.filter((v) => v.povertyVillage);
  const sites = poverty.length > 0 ? poverty : villages;
  if (sites.length === 0) return [];
  const perVillage = new Map<string, number>();
  return Array.from({ length: Math.max(1, count) }, () => {
    const village = rng.pick(sites);
    const n = (perVillage.get(village.code) ?? 0) + 1;
    perVillage.set(village.code, n);
    const industry = rng.pick(WORKSHOP_INDUSTRIES);
    return {
      id: `WS-${village.code}-${n}`,
      name: `${village.name}${industry}扶贫车间${n > 1 ? n : ''}`,
      villageCode: village.code,
      countyCode: county.code,
      enterprise: `${county.name.replace(/县$/, '')}${rng.pick(ENTERPRISE_NAMES)}${industry.replace(/车间$/, '')}有限公司`,
      industry,
      openedOn: dayIn(rng.int(2016, 2019), rng),
      jobs: 0,
    };
  });
}
