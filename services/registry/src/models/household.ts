import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { naturalKey } from '@pas/subgraph-kit';

/** Statuses that count as still poor for incidence rates. */
export const POOR_STATUSES = ['IDENTIFIED', 'BEING_HELPED', 'RETURNED_TO_POVERTY'] as const;
/** Statuses of a household that has exited (monitored ones included). */
export const EXITED_STATUSES = ['EXITED', 'MONITORED'] as const;

export const HOUSEHOLD_STATUSES = ['IDENTIFIED', 'BEING_HELPED', 'EXITED', 'MONITORED', 'RETURNED_TO_POVERTY', 'REMOVED'] as const;
export const POVERTY_CAUSES = [
  'ILLNESS', 'DISABILITY', 'EDUCATION', 'DISASTER', 'LACK_OF_LAND', 'LACK_OF_WATER',
  'LACK_OF_SKILLS', 'LACK_OF_LABOUR', 'LACK_OF_FUNDS', 'POOR_TRANSPORT', 'LACK_OF_MOTIVATION',
] as const;
export const ATTRIBUTES = ['GENERAL', 'LOW_INCOME_GUARANTEE', 'DESTITUTE'] as const;
export const RELATIONS = ['HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'SIBLING', 'OTHER'] as const;
export const LABOUR_CAPACITIES = ['FULL', 'WEAK', 'NONE', 'NOT_APPLICABLE'] as const;
export const HEALTH_STATUSES = ['HEALTHY', 'CHRONIC_ILLNESS', 'SERIOUS_ILLNESS', 'DISABLED'] as const;

// Cadre, person and household keep interfaces: mongoose infers a `default: null` path (phone,
// since, helper) as optional `T | null | undefined`, wider than the `T | null` stated here, and an
// array of subdocuments as a DocumentArray rather than the plain array a lean read returns.
export interface CadreDoc {
  name: string;
  unit: string;
  phone: string | null;
  since: Date | null;
}

export interface PersonDoc {
  id: string;
  name: string;
  gender: 'MALE' | 'FEMALE';
  birthDate: Date;
  residentId: string;
  phone: string | null;
  relation: (typeof RELATIONS)[number];
  labourCapacity: (typeof LABOUR_CAPACITIES)[number];
  healthStatus: (typeof HEALTH_STATUSES)[number];
}

/**
 * A household with its members embedded: registering, editing or removing a member is one
 * single-document write, atomic on every engine.
 */
export interface HouseholdDoc {
  /** The household id. */
  _id: string;
  id: string;
  villageCode: string;
  townshipCode: string;
  countyCode: string;
  headName: string;
  attribute: (typeof ATTRIBUTES)[number];
  primaryCause: (typeof POVERTY_CAUSES)[number];
  causes: (typeof POVERTY_CAUSES)[number][];
  identifiedYear: number;
  /** Latest entry of statusHistory, kept beside it for filtering. */
  status: (typeof HOUSEHOLD_STATUSES)[number];
  statusHistory: StatusChangeDoc[];
  members: PersonDoc[];
  /** members.length, kept beside it: register counts sum it instead of unwinding every member. */
  memberCount: number;
  helper: CadreDoc | null;
  /** 收入核算 per year; absent on households stored before incomes were kept. */
  incomes?: DeclaredIncomeDoc[];
  version: number;
}

/** Income a household declared for one year (fen), besides what the domains record. */
export interface DeclaredIncomeDoc {
  year: number;
  agriculture: number;
  transfers: number;
  other: number;
  recordedOn: Date;
  recordedBy: string;
}

const statusChangeSchema = new Schema(
  {
    status: { type: String, enum: HOUSEHOLD_STATUSES, required: true },
    date: { type: Date, required: true },
    reason: { type: String, required: true },
    actor: { type: String, required: true },
    /** Why an exit went ahead although some criteria could not be judged; absent otherwise. */
    override: { type: String },
  },
  { _id: false },
);

export type StatusChangeDoc = InferSchemaType<typeof statusChangeSchema>;

const personSchema = new Schema<PersonDoc>(
  {
    id: { type: String, required: true },
    name: { type: String, required: true },
    gender: { type: String, enum: ['MALE', 'FEMALE'], required: true },
    birthDate: { type: Date, required: true },
    residentId: { type: String, required: true },
    phone: { type: String, default: null },
    relation: { type: String, enum: RELATIONS, required: true },
    labourCapacity: { type: String, enum: LABOUR_CAPACITIES, required: true },
    healthStatus: { type: String, enum: HEALTH_STATUSES, required: true },
  },
  { _id: false },
);

const declaredIncomeSchema = new Schema<DeclaredIncomeDoc>(
  {
    year: { type: Number, required: true, min: 2014, max: 2030 },
    agriculture: { type: Number, required: true, min: 0 },
    transfers: { type: Number, required: true, min: 0 },
    other: { type: Number, required: true, min: 0 },
    recordedOn: { type: Date, required: true },
    recordedBy: { type: String, required: true },
  },
  { _id: false },
);

export const cadreSchema = new Schema<CadreDoc>(
  {
    name: { type: String, required: true },
    unit: { type: String, required: true },
    phone: { type: String, default: null },
    since: { type: Date, default: null },
  },
  { _id: false },
);

const householdSchema = new Schema<HouseholdDoc>({
  id: { type: String, required: true },
  villageCode: { type: String, required: true },
  townshipCode: { type: String, required: true },
  countyCode: { type: String, required: true },
  headName: { type: String, required: true },
  attribute: { type: String, enum: ATTRIBUTES, required: true },
  primaryCause: { type: String, enum: POVERTY_CAUSES, required: true },
  causes: { type: [String], enum: POVERTY_CAUSES, default: [] },
  identifiedYear: { type: Number, required: true, min: 2014, max: 2030 },
  status: { type: String, enum: HOUSEHOLD_STATUSES, required: true },
  statusHistory: { type: [statusChangeSchema], default: [] },
  members: { type: [personSchema], default: [] },
  memberCount: { type: Number, required: true, min: 0 },
  helper: { type: cadreSchema, default: null },
  incomes: { type: [declaredIncomeSchema], default: undefined },
  version: { type: Number, required: true, default: 1 },
});
householdSchema.plugin(naturalKey('id'));
// Listing pages sort by id within a region, so each filter prefix ends in `_id`.
householdSchema.index({ countyCode: 1, _id: 1 });
householdSchema.index({ villageCode: 1, _id: 1 });
householdSchema.index({ status: 1, _id: 1 });

export const Household = mongoose.model<HouseholdDoc>('Household', householdSchema, 'households');

/** A person with the household that holds it, as resolvers pass it around. */
export type PersonRecord = PersonDoc & { household: HouseholdDoc };
