import { setTimeout as sleep } from 'node:timers/promises';
import mongoose, { Schema } from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type {} from '@pas/mongo-runtime/test-engine';
import { TIMEOUT_HEADER } from '@pas/platform';
import { connectDatabase, createSubgraph, subgraphTypeDefs, type RunningSubgraph } from '../src/index.js';

// A subgraph whose resolvers take as long as they are told, over the run's test engine.
const ClockNote = mongoose.model('ClockNote', new Schema({ text: { type: String, required: true } }), 'notes');
let roundsDone = 0;
const resolvers = {
  Query: {
    countSlowly: async (_: unknown, { rounds, pauseMs }: { rounds: number; pauseMs: number }) => {
      let count = 0;
      for (let i = 0; i < rounds; i++) {
        await sleep(pauseMs);
        count = await ClockNote.countDocuments();
        roundsDone++;
      }
      return count;
    },
    broken: () => {
      throw new Error("ENOENT: no such file or directory, open '/srv/app/secrets/key.pem'");
    },
  },
  Mutation: {
    addNoteAfter: async (_: unknown, { pauseMs, text }: { pauseMs: number; text: string }) => {
      await sleep(pauseMs);
      return ClockNote.create({ text });
    },
  },
};

const SERVICE_LIMIT_MS = 300;
let subgraph: RunningSubgraph;
beforeAll(async () => {
  process.env.QUERY_TIMEOUT_MS = String(SERVICE_LIMIT_MS);
  const clock = createSubgraph({ name: 'clock', typeDefs: subgraphTypeDefs(new URL('./fixtures/clock.graphql', import.meta.url)), resolvers });
  await connectDatabase({ uri: inject('mongoUri'), dbName: `${inject('dbPrefix')}clock` }, clock.log);
  subgraph = await clock.listen(0);
});
afterAll(() => subgraph?.stop());

interface Answer {
  ms: number;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(query: string, timeoutHeader?: string): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(subgraph.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(timeoutHeader !== undefined ? { [TIMEOUT_HEADER]: timeoutHeader } : {}) },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  return { ms: performance.now() - started, text, body: JSON.parse(text) as Answer['body'] };
}

/** Runs a read of about two seconds and says how long the answer took and whether the work went on after it. */
async function slowRead(timeoutHeader?: string): Promise<{ answer: Answer; roundsAfterAnswer: number }> {
  roundsDone = 0;
  const answer = await post('{ countSlowly(rounds: 100, pauseMs: 20) }', timeoutHeader);
  const atAnswer = roundsDone;
  await sleep(200);
  return { answer, roundsAfterAnswer: roundsDone - atAnswer };
}

const codes = (answer: Answer) => answer.body.errors?.map((e) => e.extensions?.code);

describe('a subgraph request’s deadline', () => {
  it('stops a read at the time the caller gave, and the work does not go on after the answer', async () => {
    const { answer, roundsAfterAnswer } = await slowRead('150');
    expect(codes(answer)).toEqual(['DEADLINE_EXCEEDED']);
    expect(answer.ms).toBeLessThan(1_000);
    expect(roundsAfterAnswer).toBe(0);
  });

  it('does no work at all for a caller with no time left', async () => {
    const { answer } = await slowRead('0');
    expect(codes(answer)).toEqual(['DEADLINE_EXCEEDED']);
    expect(roundsDone).toBe(0);
  });

  it.each([
    ['no header', undefined],
    ['a header asking for more than the service allows', '600000'],
  ])('keeps to the service’s own limit (QUERY_TIMEOUT_MS) with %s', async (_, header) => {
    const { answer, roundsAfterAnswer } = await slowRead(header);
    expect(codes(answer)).toEqual(['DEADLINE_EXCEEDED']);
    expect(answer.ms).toBeLessThan(1_000);
    expect(roundsAfterAnswer).toBe(0);
  });

  it('lets a write finish that starts in time', async () => {
    const answer = await post('mutation { addNoteAfter(pauseMs: 50, text: "in time") { text } }', '5000');
    expect(answer.body).toEqual({ data: { addNoteAfter: { text: 'in time' } } });
  });

  it('starts no write after the deadline: the caller is told, and nothing is stored', async () => {
    const answer = await post('mutation { addNoteAfter(pauseMs: 200, text: "too late") { text } }', '100');
    expect(codes(answer)).toEqual(['DEADLINE_EXCEEDED']);
    await sleep(200);
    expect(await ClockNote.countDocuments({ text: 'too late' })).toBe(0);
  });
});

describe('an unexpected error', () => {
  it('reaches the caller as "Internal server error", with no stack trace or file path', async () => {
    const answer = await post('{ broken }');
    expect(answer.body.errors).toEqual([{ message: 'Internal server error', path: ['broken'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(answer.text).not.toMatch(/stacktrace|\/srv\/|\.ts:\d+/);
  });

  it('shows no stack trace for a client error either', async () => {
    const answer = await post('{ countSlowly(rounds: "many", pauseMs: 1) }');
    expect(codes(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(answer.text).not.toContain('stacktrace');
  });
});
