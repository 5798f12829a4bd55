import type { Rng, SeedWorld } from '@pas/seed-kit';
import { JIANXI_TO_SONGXIAN, LUOYANG_TOTALS } from '@pas/seed-kit/figures';
import type { VillageClinicDoc } from '../models/index.js';

// 002: 涧西区帮助嵩县建设覆盖318个村卫生所的远程医疗平台, 预计7月底可投入使用 (2018).
const SONGXIAN_REMOTE_CARE_SINCE = new Date('2018-07-31T00:00:00Z');

/**
 * One clinic per village. An exited poverty village had a standardized clinic by its exit
 * year (村出列 requires one); elsewhere most do by 2020. 嵩县's every clinic joined remote care
 * in July 2018; elsewhere nine in ten joined in 2019-2020 (001: 2674个村卫生室的远程医疗).
 */
export function clinicsFor(world: SeedWorld, rng: Rng): VillageClinicDoc[] {
  const minArea = LUOYANG_TOTALS.health2020.villageClinicMinAreaM2;
  return world.villages.map((village) => {
    const standardizedYear =
      village.exitYear !== null ? rng.int(Math.min(2016, village.exitYear), village.exitYear)
      : rng.chance(village.povertyVillage ? 0.7 : 0.75) ? rng.int(2016, 2020)
      : null;
    const songxian = village.countyCode === JIANXI_TO_SONGXIAN.targetCountyCode;
    const remoteCareSince = songxian ? SONGXIAN_REMOTE_CARE_SINCE : rng.chance(0.9) ? new Date(Date.UTC(rng.int(2019, 2020), rng.int(0, 5), rng.int(1, 28))) : null;
    return {
      villageCode: village.code,
      countyCode: village.countyCode,
      name: `${village.name}卫生室`,
      standardized: standardizedYear !== null,
      standardizedYear,
      areaM2: standardizedYear !== null ? rng.int(minArea, 150) : rng.int(30, minArea - 1),
      villageDoctors: rng.int(1, 3),
      remoteCare: remoteCareSince !== null,
      remoteCareSince,
    };
  });
}
