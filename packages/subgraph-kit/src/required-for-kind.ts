/**
 * For a collection that holds records of several kinds told apart by `kind`: a mongoose
 * `required` option that requires a path in the records of one kind only.
 */
export function requiredForKind<Kind extends string>(kind: Kind) {
  return function (this: { kind: Kind }): boolean {
    return this.kind === kind;
  };
}
