import type { IndustryProjectResolvers } from '../generated/resolvers-types.js';

export const IndustryProject: IndustryProjectResolvers = {
  village: (project) => (project.villageCode ? { code: project.villageCode } : null),
  income: (project) => [...project.income].sort((a, b) => a.year - b.year),
  totalIncome: (project) => project.income.reduce((sum, year) => sum + year.amount, 0),
};
