import { extendPerson } from '@pas/subgraph-kit';
import type { PersonResolvers } from '../generated/resolvers-types.js';

export const Person: PersonResolvers = extendPerson('education');
