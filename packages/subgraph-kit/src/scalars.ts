import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badUserInput } from '@pas/platform';
import { residentIdProblem } from '@pas/register-rules';

function literal(ast: ValueNode): unknown {
  return ast.kind === Kind.INT || ast.kind === Kind.FLOAT || ast.kind === Kind.STRING ? ast.value : undefined;
}

function parseMoney(value: unknown): number {
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw badUserInput(`Money must be a whole number of fen, got ${JSON.stringify(value)}`);
  }
  return n;
}

export const Money = new GraphQLScalarType<number, number>({
  name: 'Money',
  description: 'Amount of money in fen (分), an integer: 1 yuan = 100.',
  serialize: (value) => parseMoney(value),
  parseValue: parseMoney,
  parseLiteral: (ast) => parseMoney(ast.kind === Kind.INT ? ast.value : literal(ast) ?? null),
});

function parseDate(value: unknown): Date {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw badUserInput(`Date must be YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw badUserInput(`Date ${value} does not exist`);
  }
  return date;
}

export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  description: 'Calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(String(value));
    return date.toISOString().slice(0, 10);
  },
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(literal(ast)),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime()) || !/T\d{2}:\d{2}/.test(String(value))) {
    throw badUserInput(`DateTime must be ISO 8601 with a time, got ${JSON.stringify(value)}`);
  }
  return date;
}

export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'Instant in time, ISO 8601 with time zone.',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literal(ast)),
});

function parseResidentId(value: unknown): string {
  const id = typeof value === 'string' ? value.trim().toUpperCase() : '';
  const problem = typeof value === 'string' ? residentIdProblem(id) : 'must be a string';
  if (problem) throw badUserInput(`Invalid resident ID: ${problem}`, { field: 'residentId' });
  return id;
}

/** Output values are already masked by the resolvers that know the caller; input is validated. */
export const ResidentId = new GraphQLScalarType<string, string>({
  name: 'ResidentId',
  description: 'Resident identity number (身份证号), GB 11643 with a valid check digit; masked unless the caller may see it.',
  serialize: (value) => String(value),
  parseValue: parseResidentId,
  parseLiteral: (ast) => parseResidentId(literal(ast)),
});

export const scalarResolvers = { Money, Date: DateScalar, DateTime, ResidentId };
