import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { requiredForKind } from '@pas/subgraph-kit';

export const DISABILITY_CATEGORIES = ['VISUAL', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE'] as const;
export type DisabilityCategory = (typeof DISABILITY_CATEGORIES)[number];

const CERTIFICATE_KINDS = ['CHRONIC_DISEASE_CARD', 'DISABILITY_CERTIFICATE'] as const;

/**
 * The cards and certificates a person holds, in one collection so a household's load in one
 * query. Fields of the other kind are absent, not null.
 */
const healthCertificateSchema = new Schema({
  id: { type: String, required: true, unique: true },
  kind: { type: String, enum: CERTIFICATE_KINDS, required: true },
  personId: { type: String, required: true, index: true },
  householdId: { type: String, required: true, index: true },
  countyCode: { type: String, required: true, index: true },
  issuedOn: { type: Date, required: true },
  disease: { type: String, required: requiredForKind('CHRONIC_DISEASE_CARD') },
  disabilityCategory: { type: String, enum: DISABILITY_CATEGORIES, required: requiredForKind('DISABILITY_CERTIFICATE') },
  disabilityGrade: { type: Number, min: 1, max: 4, required: requiredForKind('DISABILITY_CERTIFICATE') },
});

/** The stored shape, every kind's fields optional. */
export type HealthCertificateFields = InferSchemaType<typeof healthCertificateSchema>;

/** What every card and certificate has, whatever its kind. */
type CertificateBase = Pick<HealthCertificateFields, 'id' | 'personId' | 'householdId' | 'countyCode' | 'issuedOn'>;

/** 门诊慢性病卡: outpatient treatment of one chronic disease is reimbursed. */
export interface ChronicDiseaseCardRecord extends CertificateBase {
  kind: 'CHRONIC_DISEASE_CARD';
  disease: string;
}

/** 残疾证: category and grade (一级, the most severe, to 四级). */
export interface DisabilityCertificateRecord extends CertificateBase {
  kind: 'DISABILITY_CERTIFICATE';
  disabilityCategory: DisabilityCategory;
  disabilityGrade: number;
}

/** One card or certificate, told apart by `kind`. */
export type HealthCertificateDoc = ChronicDiseaseCardRecord | DisabilityCertificateRecord;

export const HealthCertificate = mongoose.model('HealthCertificate', healthCertificateSchema, 'healthCertificates');

export const isChronicDiseaseCard = (c: HealthCertificateFields): c is ChronicDiseaseCardRecord => c.kind === 'CHRONIC_DISEASE_CARD';
export const isDisabilityCertificate = (c: HealthCertificateFields): c is DisabilityCertificateRecord => c.kind === 'DISABILITY_CERTIFICATE';
