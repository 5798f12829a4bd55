import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { exposeStacktraces } from '@pas/platform';
import { createErrorFormatter } from '../src/format-error.js';

const log = pino({ level: 'silent' });
const unexpected = {
  message: "ENOENT: no such file or directory, open '/srv/app/key.pem'",
  path: ['household'],
  extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: ENOENT', '    at load (/srv/app/src/key.ts:3:9)'] },
};

describe('EXPOSE_STACKTRACES', () => {
  it('is off unless a developer turns it on, whatever NODE_ENV says', () => {
    expect(exposeStacktraces({})).toBe(false);
    expect(exposeStacktraces({ NODE_ENV: 'development' })).toBe(false);
    expect(exposeStacktraces({ EXPOSE_STACKTRACES: 'true' })).toBe(true);
    expect(() => exposeStacktraces({ EXPOSE_STACKTRACES: 'yes' })).toThrow('EXPOSE_STACKTRACES must be true or false, not "yes"');
  });

  it('off: an unexpected error keeps only its code and path', () => {
    expect(createErrorFormatter(log, false)(unexpected, new Error(unexpected.message))).toEqual({ message: 'Internal server error', path: ['household'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('on: the developer sees its text and stack trace', () => {
    expect(createErrorFormatter(log, true)(unexpected, new Error(unexpected.message))).toEqual(unexpected);
  });
});

describe('a read that MongoDB stopped at its time limit', () => {
  it('is DEADLINE_EXCEEDED, not an internal error', () => {
    const maxTimeExpired = Object.assign(new Error('operation exceeded time limit'), { code: 50 });
    const formatted = createErrorFormatter(log, false)({ message: maxTimeExpired.message, path: ['households'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, maxTimeExpired);
    expect(formatted).toMatchObject({ path: ['households'], extensions: { code: 'DEADLINE_EXCEEDED' } });
  });
});
