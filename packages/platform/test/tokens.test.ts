import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { authConfigFromEnv, callerFromAuthorization, signToken } from '../src/index.js';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const config = authConfigFromEnv({ JWT_SECRET: SECRET });
const now = () => Math.floor(Date.now() / 1000);
const HOUR = 3600;

/** A token as any issuer might make it: only the claims given. */
function token(times: { iat?: number; exp?: number }): Promise<string> {
  const jwt = new SignJWT({ role: 'analyst' }).setProtectedHeader({ alg: 'HS256' }).setSubject('someone').setIssuer(config.issuer).setAudience(config.audience);
  if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
  if (times.exp !== undefined) jwt.setExpirationTime(times.exp);
  return jwt.sign(new TextEncoder().encode(SECRET));
}

const refusal = (message: RegExp) => expect.objectContaining({ message: expect.stringMatching(message), extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) });

describe('token lifetime', () => {
  it('accepts a token that says when it was issued and expires within the limit', async () => {
    const caller = await callerFromAuthorization(`Bearer ${await token({ iat: now(), exp: now() + 8 * HOUR })}`, config);
    expect(caller).toMatchObject({ role: 'analyst', subject: 'someone' });
  });

  it.each([
    ['no exp', { iat: now() }, /missing required "exp" claim/],
    ['no iat', { exp: now() + HOUR }, /missing required "iat" claim/],
    ['exp in 2100', { iat: now(), exp: Date.UTC(2100, 0, 1) / 1000 }, /lifetime \(exp − iat\) of [\d.]+ hours is over the limit of 12 hours/],
    ['a lifetime of 13 hours', { iat: now(), exp: now() + 13 * HOUR }, /lifetime \(exp − iat\) of 13\.0 hours is over the limit of 12 hours/],
    ['iat in the future, to stretch the lifetime', { iat: now() + 50 * 24 * HOUR, exp: now() + 50 * 24 * HOUR + HOUR }, /"iat" is in the future/],
  ])('refuses a token with %s as an invalid token', async (_, times, message) => {
    await expect(callerFromAuthorization(`Bearer ${await token(times)}`, config)).rejects.toThrow(refusal(message));
  });

  it('takes its limit from JWT_MAX_LIFETIME_HOURS', async () => {
    const dayLong = `Bearer ${await token({ iat: now(), exp: now() + 24 * HOUR })}`;
    await expect(callerFromAuthorization(dayLong, config)).rejects.toThrow(refusal(/over the limit of 12 hours/));
    await expect(callerFromAuthorization(dayLong, authConfigFromEnv({ JWT_SECRET: SECRET, JWT_MAX_LIFETIME_HOURS: '24' }))).resolves.toMatchObject({ role: 'analyst' });
    expect(() => authConfigFromEnv({ JWT_SECRET: SECRET, JWT_MAX_LIFETIME_HOURS: 'forever' })).toThrow('JWT_MAX_LIFETIME_HOURS must be a whole number of at least 1, not "forever"');
  });

  it('is checked when signing: a development token the services would refuse is not made', async () => {
    await expect(signToken({ sub: 'dev', role: 'analyst' }, { expiresIn: '13h' })).rejects.toThrow(/over the limit of 12 hours/);
    const signed = await signToken({ sub: 'dev', role: 'analyst' }, { expiresIn: '12h' });
    await expect(callerFromAuthorization(`Bearer ${signed}`, authConfigFromEnv())).resolves.toMatchObject({ role: 'analyst' });
  });
});
