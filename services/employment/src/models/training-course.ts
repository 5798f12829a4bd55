import mongoose, { Schema, type InferRawDocType, type InferSchemaType } from 'mongoose';

export const TRAINING_MODES = ['ORDER', 'DIRECTED', 'POST_DIRECTED', 'GENERAL'] as const;

const traineeSchema = new Schema(
  {
    personId: { type: String, required: true },
    householdId: { type: String, required: true },
    /** 取得职业技能证书. */
    certified: { type: Boolean, required: true },
  },
  { _id: false },
);

export type TraineeDoc = InferSchemaType<typeof traineeSchema>;

/**
 * 技能培训班 with its roster embedded: a course has a few dozen trainees, and enrolling one
 * is a single-document write.
 */
const trainingCourseFields = {
  id: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  mode: { type: String, enum: TRAINING_MODES, required: true },
  trade: { type: String, required: true },
  provider: { type: String, required: true },
  /** 订单式: the employer that ordered the course. */
  employer: { type: String, default: null },
  countyCode: { type: String, required: true },
  year: { type: Number, required: true, min: 2014, max: 2030 },
  startDate: { type: Date, required: true },
  days: { type: Number, required: true, min: 1 },
  trainees: { type: [traineeSchema], default: [] },
};
const trainingCourseSchema = new Schema(trainingCourseFields);
trainingCourseSchema.index({ countyCode: 1, year: 1 });
trainingCourseSchema.index({ 'trainees.householdId': 1 });
trainingCourseSchema.index({ 'trainees.personId': 1 });

// The raw type from the definition: the roster is a plain array in seeds and lean reads, where
// InferSchemaType would give a DocumentArray.
export type TrainingCourseDoc = InferRawDocType<typeof trainingCourseFields>;
export const TrainingCourse = mongoose.model('TrainingCourse', trainingCourseSchema, 'trainingCourses');

/** One person's place on a course, as resolvers pass it around. */
export type TrainingPlaceRecord = TraineeDoc & { course: TrainingCourseDoc };
