import type { Schema } from 'mongoose';

/**
 * Stores a record's natural key (a household id, a county or village code) as its `_id` as
 * well: every engine answers an `_id` lookup fastest, and its uniqueness comes for free. The
 * named field keeps the key under the name the graph and the other records use.
 */
export function naturalKey(field: string) {
  return (schema: Schema): void => {
    schema.add({ _id: { type: String, required: true } });
    schema.pre('validate', function copyKey() {
      if (this.isNew) this.set('_id', this.get(field));
    });
  };
}
