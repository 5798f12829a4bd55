import mongoose, { Schema } from 'mongoose';

export const DISABILITY_CATEGORIES = ['VISUAL', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE'] as const;
export type DisabilityCategory = (typeof DISABILITY_CATEGORIES)[number];

interface CertificateBase {
  id: string;
  personId: string;
  householdId: string;
  countyCode: string;
  issuedOn: Date;
}

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

/**
 * The cards and certificates a person holds, in one collection so a household's load in one
 * query. Fields of the other kind are absent, not null.
 */
export type HealthCertificateDoc = ChronicDiseaseCardRecord | DisabilityCertificateRecord;

/** The stored shape, every kind's fields optional. */
export type HealthCertificateFields = CertificateBase & {
  kind: HealthCertificateDoc['kind'];
  disease?: string;
  disabilityCategory?: DisabilityCategory;
  disabilityGrade?: number;
};

function requiredFor(kind: HealthCertificateDoc['kind']) {
  return function (this: HealthCertificateFields) {
    return this.kind === kind;
  };
}

const healthCertificateSchema = new Schema<HealthCertificateFields>({
  id: { type: String, required: true, unique: true },
  kind: { type: String, enum: ['CHRONIC_DISEASE_CARD', 'DISABILITY_CERTIFICATE'], required: true },
  personId: { type: String, required: true, index: true },
  householdId: { type: String, required: true, index: true },
  countyCode: { type: String, required: true, index: true },
  issuedOn: { type: Date, required: true },
  disease: { type: String, required: requiredFor('CHRONIC_DISEASE_CARD') },
  disabilityCategory: { type: String, enum: DISABILITY_CATEGORIES, required: requiredFor('DISABILITY_CERTIFICATE') },
  disabilityGrade: { type: Number, min: 1, max: 4, required: requiredFor('DISABILITY_CERTIFICATE') },
});

export const HealthCertificate = mongoose.model<HealthCertificateFields>('HealthCertificate', healthCertificateSchema, 'healthCertificates');

export const isChronicDiseaseCard = (c: HealthCertificateFields): c is ChronicDiseaseCardRecord => c.kind === 'CHRONIC_DISEASE_CARD';
export const isDisabilityCertificate = (c: HealthCertificateFields): c is DisabilityCertificateRecord => c.kind === 'DISABILITY_CERTIFICATE';
