import type { SeedWorld } from '@pas/seed-kit';
import type { SchoolDoc, SchoolStage } from '../models/index.js';

/** Every county's schools: per township a kindergarten, a primary and a junior secondary school; per county the rest. */
export class SeedSchools {
  readonly all: SchoolDoc[] = [];
  private readonly byPlace = new Map<string, SchoolDoc[]>();

  constructor(world: SeedWorld) {
    const countyNames = new Map(world.counties.map((county) => [county.code, county.name]));
    for (const { code, name, countyCode } of world.townships) {
      const place = { countyCode, townshipCode: code };
      const prefix = `${countyNames.get(countyCode) ?? ''}${name}`;
      this.add({ id: `SC-${code}-K`, name: `${prefix}中心幼儿园`, stage: 'PRESCHOOL', ...place });
      this.add({ id: `SC-${code}-P`, name: `${prefix}中心小学`, stage: 'PRIMARY', ...place });
      this.add({ id: `SC-${code}-J`, name: `${prefix}初级中学`, stage: 'JUNIOR_SECONDARY', ...place });
    }
    for (const county of world.counties) {
      const place = { countyCode: county.code, townshipCode: null };
      this.add({ id: `SC-${county.code}-S1`, name: `${county.name}第一高级中学`, stage: 'SENIOR_SECONDARY', ...place });
      this.add({ id: `SC-${county.code}-S2`, name: `${county.name}第二高级中学`, stage: 'SENIOR_SECONDARY', ...place });
      this.add({ id: `SC-${county.code}-V`, name: `${county.name}职业教育中心`, stage: 'VOCATIONAL', ...place });
      this.add({ id: `SC-${county.code}-H`, name: `${county.name}广播电视大学`, stage: 'HIGHER', ...place });
    }
  }

  /** Schools of a stage a child of this township and county may attend. */
  near(stage: SchoolStage, townshipCode: string, countyCode: string): SchoolDoc[] {
    return this.byPlace.get(`${townshipCode}/${stage}`) ?? this.byPlace.get(`${countyCode}/${stage}`) ?? [];
  }

  private add(school: SchoolDoc): void {
    this.all.push(school);
    const key = `${school.townshipCode ?? school.countyCode}/${school.stage}`;
    this.byPlace.set(key, [...(this.byPlace.get(key) ?? []), school]);
  }
}
