import type { Model, PipelineStage } from 'mongoose';

export type GroupedSums<K extends string> = { _id: unknown } & Record<K, number>;

/** Sums per group in one `$group` stage after `stages`, typed by the names of the sums. */
export async function groupedSums<K extends string>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any model: only its aggregate() is used
  model: Model<any>,
  stages: PipelineStage[],
  groupId: unknown,
  sums: Record<K, 1 | `$${string}`>,
): Promise<GroupedSums<K>[]> {
  const accumulators = Object.fromEntries(Object.entries(sums).map(([name, expression]) => [name, { $sum: expression }]));
  return model.aggregate<GroupedSums<K>>([...stages, { $group: { _id: groupId, ...accumulators } }]);
}
