import type { Model, PipelineStage } from 'mongoose';

export type GroupedSums<K extends string> = { _id: unknown } & Record<K, number>;

/**
 * Sums per group, one `$group` per accumulator, merged by group key: FerretDB v1 computes only
 * the first `$sum` of a `$group` stage (the others come back 0), MongoDB all of them.
 */
export async function groupedSums<K extends string>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any model: only its aggregate() is used
  model: Model<any>,
  stages: PipelineStage[],
  groupId: unknown,
  sums: Record<K, 1 | `$${string}`>,
): Promise<GroupedSums<K>[]> {
  const entries = Object.entries(sums) as [K, 1 | string][];
  const results = await Promise.all(
    entries.map(([, expression]) => model.aggregate<{ _id: unknown; value: number }>([...stages, { $group: { _id: groupId, value: { $sum: expression } } }])),
  );
  const merged = new Map<string, GroupedSums<K>>();
  results.forEach((rows, i) => {
    const name = entries[i]![0];
    for (const row of rows) {
      const key = JSON.stringify(row._id);
      const group = merged.get(key) ?? ({ _id: row._id, ...Object.fromEntries(entries.map(([n]) => [n, 0])) } as GroupedSums<K>);
      (group as Record<K, number>)[name] = row.value;
      merged.set(key, group);
    }
  });
  return [...merged.values()];
}
