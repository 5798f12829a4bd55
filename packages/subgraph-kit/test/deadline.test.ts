import { setTimeout as sleep } from 'node:timers/promises';
import mongoose, { Schema } from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type {} from '@pas/mongo-runtime/test-engine';
import { withDeadline, withoutDeadline } from '../src/index.js';
import { keepsDeadline, requestBudgetMs } from '../src/deadline.js';

// Compiled after the kit is imported, like every service's models.
const Note = mongoose.model('DeadlineNote', new Schema({ text: String }), 'notes');

/** The commands the driver sent, as the server received them. */
const sent: { name: string; command: Record<string, unknown> }[] = [];

beforeAll(async () => {
  await mongoose.connect(inject('mongoUri'), { dbName: `${inject('dbPrefix')}deadline`, monitorCommands: true });
  mongoose.connection.getClient().on('commandStarted', (event) => sent.push({ name: event.commandName, command: event.command }));
});
afterAll(async () => {
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
});
beforeEach(async () => {
  await Note.deleteMany({});
  sent.length = 0;
});

const timeLimits = (name: string) => sent.filter((c) => c.name === name).map((c) => c.command.maxTimeMS);
const deadlineExceeded = expect.objectContaining({ extensions: expect.objectContaining({ code: 'DEADLINE_EXCEEDED' }) });

describe('the time a request may take', () => {
  it.each([
    ['the caller’s time when it is shorter', '250', 250],
    ['no more than the service’s own limit', '600000', 10_000],
    ['the service’s limit without a header', undefined, 10_000],
    ['the service’s limit for a header that is not a number', '5e3', 10_000],
    ['nothing at all when the caller has no time left', '0', 0],
  ])('is %s', (_, header, expected) => {
    expect(requestBudgetMs(header, 10_000)).toBe(expected);
  });
});

describe('the deadline plugin', () => {
  it('is on every model compiled after the kit is loaded', () => {
    expect(keepsDeadline(Note.schema)).toBe(true);
  });

  it('gives every read of a request the time it has left as maxTimeMS', async () => {
    await Note.create({ text: 'a' });
    sent.length = 0;
    await withDeadline(5_000, async () => {
      await Note.find();
      await Note.findOne().maxTimeMS(100_000);
      await Note.countDocuments();
      await Note.aggregate([{ $match: {} }]);
    });
    const limits = [...timeLimits('find'), ...timeLimits('aggregate')];
    expect(limits).toHaveLength(4);
    for (const limit of limits) expect(limit).toEqual(expect.any(Number));
    for (const limit of limits) expect(limit).toBeGreaterThan(4_000);
    for (const limit of limits) expect(limit).toBeLessThanOrEqual(5_000);
  });

  it('keeps a shorter limit the code set itself', async () => {
    await withDeadline(5_000, () => Note.find().maxTimeMS(50));
    expect(timeLimits('find')).toEqual([50]);
  });

  it('leaves work outside a request (seeding, repair commands) without a limit', async () => {
    await Note.find();
    expect(timeLimits('find')).toEqual([undefined]);
  });

  it('starts no read once the deadline has passed', async () => {
    await withDeadline(20, async () => {
      await sleep(40);
      await expect(Note.find()).rejects.toThrow(deadlineExceeded);
      await expect(Note.aggregate([{ $match: {} }])).rejects.toThrow(deadlineExceeded);
      await expect(Note.countDocuments()).rejects.toThrow(deadlineExceeded);
    });
    expect(sent.map((c) => c.name)).toEqual([]);
  });

  it('starts no write once the deadline has passed', async () => {
    const existing = await Note.create({ text: 'kept' });
    sent.length = 0;
    await withDeadline(20, async () => {
      await sleep(40);
      await expect(Note.create({ text: 'late' })).rejects.toThrow(deadlineExceeded);
      await expect(Note.insertMany([{ text: 'late' }])).rejects.toThrow(deadlineExceeded);
      await expect(Note.updateOne({ _id: existing._id }, { text: 'late' })).rejects.toThrow(deadlineExceeded);
      await expect(Note.findOneAndUpdate({ _id: existing._id }, { text: 'late' })).rejects.toThrow(deadlineExceeded);
      await expect(Note.deleteMany({})).rejects.toThrow(deadlineExceeded);
      await expect(Note.bulkWrite([{ insertOne: { document: { text: 'late' } } }])).rejects.toThrow(deadlineExceeded);
    });
    expect(sent.map((c) => c.name)).toEqual([]);
    expect((await Note.find().lean()).map((n) => n.text)).toEqual(['kept']);
  });

  it('lets the clean-up of a failed write run after the deadline, when asked to', async () => {
    const claim = await Note.create({ text: 'claim' });
    await withDeadline(20, async () => {
      await sleep(40);
      await expect(Note.create({ text: 'late' })).rejects.toThrow(deadlineExceeded);
      await withoutDeadline(() => Note.deleteOne({ _id: claim._id }));
    });
    expect(await Note.countDocuments()).toBe(0);
  });

  it('lets a write start while time is left', async () => {
    await withDeadline(5_000, () => Note.create({ text: 'in time' }));
    expect(await Note.countDocuments({ text: 'in time' })).toBe(1);
  });
});
