import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { requiredForKind } from '@pas/subgraph-kit';

export const EMPLOYMENT_KINDS = ['TRANSFER', 'PUBLIC_WELFARE_POST', 'WORKSHOP'] as const;
export const DESTINATION_SCOPES = ['IN_COUNTY', 'IN_PROVINCE', 'OUT_OF_PROVINCE'] as const;
export const POST_TYPES = ['FOREST_RANGER', 'CLEANER', 'ROAD_KEEPER', 'WATER_KEEPER', 'SECURITY_AIDE', 'ELDER_CARE'] as const;

export type EmploymentKind = (typeof EMPLOYMENT_KINDS)[number];
export type DestinationScope = (typeof DESTINATION_SCOPES)[number];
export type PostType = (typeof POST_TYPES)[number];

/**
 * The employment ledger (就业台账): one document per job of a poor labourer, whatever the
 * kind, so a household's jobs load in one query and a person's current work is one lookup.
 * Fields of the other kinds are absent, not null.
 */
const employmentRecordSchema = new Schema({
  id: { type: String, required: true, unique: true },
  kind: { type: String, enum: EMPLOYMENT_KINDS, required: true },
  personId: { type: String, required: true, index: true },
  householdId: { type: String, required: true, index: true },
  villageCode: { type: String, required: true },
  countyCode: { type: String, required: true },
  startDate: { type: Date, required: true },
  /** Null while the job lasts. */
  endDate: { type: Date, default: null },
  /** Fen. */
  monthlyIncome: { type: Number, required: true, min: 0 },
  destinationScope: { type: String, enum: DESTINATION_SCOPES, required: requiredForKind('TRANSFER') },
  destination: { type: String, required: requiredForKind('TRANSFER') },
  employer: { type: String },
  postType: { type: String, enum: POST_TYPES, required: requiredForKind('PUBLIC_WELFARE_POST') },
  workshopId: { type: String, required: requiredForKind('WORKSHOP') },
});
// County and village listings filter by kind and by whether the job still lasts.
employmentRecordSchema.index({ countyCode: 1, kind: 1, endDate: 1 });
employmentRecordSchema.index({ villageCode: 1, kind: 1 });
employmentRecordSchema.index({ workshopId: 1, endDate: 1 });

/** The stored shape, every kind's fields optional. */
export type EmploymentRecordFields = InferSchemaType<typeof employmentRecordSchema>;

/** What every job has, whatever its kind. */
interface JobBase extends Pick<EmploymentRecordFields, 'id' | 'personId' | 'householdId' | 'villageCode' | 'countyCode' | 'startDate' | 'monthlyIncome'> {
  endDate: Date | null;
}

/** 转移就业: working away from home. */
export interface TransferRecord extends JobBase {
  kind: 'TRANSFER';
  destinationScope: DestinationScope;
  destination: string;
  employer: string | null;
}

/** 公益性岗位: a post in the home village. */
export interface PublicWelfarePostRecord extends JobBase {
  kind: 'PUBLIC_WELFARE_POST';
  postType: PostType;
}

/** A job in a 扶贫车间. */
export interface WorkshopJobRecord extends JobBase {
  kind: 'WORKSHOP';
  workshopId: string;
}

/** One job of any kind, told apart by `kind`. */
export type EmploymentRecordDoc = TransferRecord | PublicWelfarePostRecord | WorkshopJobRecord;

export const EmploymentRecord = mongoose.model('EmploymentRecord', employmentRecordSchema, 'employmentRecords');

export const isTransfer = (record: EmploymentRecordFields): record is TransferRecord => record.kind === 'TRANSFER';
export const isPublicWelfarePost = (record: EmploymentRecordFields): record is PublicWelfarePostRecord => record.kind === 'PUBLIC_WELFARE_POST';
export const isWorkshopJob = (record: EmploymentRecordFields): record is WorkshopJobRecord => record.kind === 'WORKSHOP';

const ID_PREFIX: Record<EmploymentKind, string> = { TRANSFER: 'TE', PUBLIC_WELFARE_POST: 'PW', WORKSHOP: 'WJ' };

/** One job per person, kind and start date: recording it again updates the same record. */
export function employmentRecordId(kind: EmploymentKind, personId: string, startDate: Date): string {
  const day = startDate.getUTCFullYear() * 10_000 + (startDate.getUTCMonth() + 1) * 100 + startDate.getUTCDate();
  return `${ID_PREFIX[kind]}-${personId}-${day}`;
}
