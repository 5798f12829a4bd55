import type { SeedModule } from '@pas/seed-kit';
import type { StudentAidDoc, StudentEnrolmentDoc } from '../models/index.js';
import { aidOf } from './aid.js';
import { enrolmentOf } from './enrolments.js';
import { SeedSchools } from './schools.js';
import { rebuildDigests } from '@pas/subgraph-kit';
import { DIGESTS } from '../domain/digests.js';

/**
 * The education subgraph's part of the seed: schools in every county of the world, and every
 * child aged 3 to 22 at school in its own township or county, with the aid of its stage.
 */
export const seedModule: SeedModule = {
  service: 'education',
  rebuild: (db) => rebuildDigests(db, DIGESTS),
  generate(world, rng) {
    const schools = new SeedSchools(world);
    const [enrolmentRng, aidRng] = [rng.fork('enrolments'), rng.fork('aid')];
    const studentEnrolments: StudentEnrolmentDoc[] = [];
    const studentAid: StudentAidDoc[] = [];
    for (const household of world.households) {
      for (const person of household.members) {
        const enrolment = enrolmentOf(person, household, schools, enrolmentRng);
        if (!enrolment) continue;
        studentEnrolments.push(enrolment);
        studentAid.push(...aidOf(enrolment, aidRng));
      }
    }
    return { schools: schools.all, studentEnrolments, studentAid };
  },
};
