import type { EmploymentRecordFields } from '../models/index.js';

/** Jobs that still last. */
export function currentJobs<T extends EmploymentRecordFields>(jobs: T[]): T[] {
  return jobs.filter((job) => job.endDate == null);
}

export function sumOf<T>(items: T[], amount: (item: T) => number): number {
  return items.reduce((sum, item) => sum + amount(item), 0);
}
