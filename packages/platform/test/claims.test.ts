import { describe, expect, it } from 'vitest';
import { ANONYMOUS, assertMayWrite, assertSignedIn, authConfigFromEnv, callerFromAuthorization, countyScope, signToken, type Caller } from '../src/index.js';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const config = authConfigFromEnv({ JWT_SECRET: SECRET });
const bearer = async (claims: Parameters<typeof signToken>[0], options: Parameters<typeof signToken>[1] = {}) =>
  `Bearer ${await signToken(claims, { secret: SECRET, ...options })}`;
const code = (code: string) => expect.objectContaining({ extensions: expect.objectContaining({ code }) });

describe('callers from tokens', () => {
  it('is anonymous without an Authorization header', async () => {
    await expect(callerFromAuthorization(undefined, config)).resolves.toEqual(ANONYMOUS);
  });

  it('reads the role, county and department claims', async () => {
    await expect(callerFromAuthorization(await bearer({ sub: 'li', role: 'county_official', county: '410326' }), config)).resolves.toEqual({
      subject: 'li',
      role: 'county_official',
      countyCode: '410326',
      department: null,
    });
    await expect(callerFromAuthorization(await bearer({ sub: 'wang', role: 'department_staff', department: 'healthcare' }), config)).resolves.toMatchObject({
      role: 'department_staff',
      department: 'healthcare',
    });
  });

  it('refuses a header that is not a bearer token, and tokens of another secret, issuer or audience', async () => {
    await expect(callerFromAuthorization('Basic dXNlcjpwYXNz', config)).rejects.toEqual(code('UNAUTHENTICATED'));
    await expect(callerFromAuthorization(await bearer({ sub: 'x', role: 'analyst' }, { secret: 'another-secret-of-at-least-thirty-two-chars' }), config)).rejects.toEqual(code('UNAUTHENTICATED'));
    await expect(callerFromAuthorization(await bearer({ sub: 'x', role: 'analyst' }, { issuer: 'someone-else' }), config)).rejects.toEqual(code('UNAUTHENTICATED'));
    await expect(callerFromAuthorization(await bearer({ sub: 'x', role: 'analyst' }, { audience: 'another-graph' }), config)).rejects.toEqual(code('UNAUTHENTICATED'));
  });

  it('refuses an unknown role, a county official without a county and department staff without a department', async () => {
    await expect(callerFromAuthorization(await bearer({ sub: 'x', role: 'admin' as 'analyst' }), config)).rejects.toThrow(/unknown role "admin"/);
    await expect(callerFromAuthorization(await bearer({ sub: 'x', role: 'county_official' }), config)).rejects.toThrow(/"county" claim/);
    await expect(callerFromAuthorization(await bearer({ sub: 'x', role: 'department_staff' }), config)).rejects.toThrow(/"department" claim/);
  });
});

describe('what a caller may do', () => {
  const official: Caller = { subject: 'li', role: 'county_official', countyCode: '410326', department: null };
  const staff: Caller = { subject: 'wang', role: 'department_staff', countyCode: null, department: 'housing' };
  const leader: Caller = { subject: 'zhao', role: 'city_leader', countyCode: null, department: null };

  it('scopes county officials to their county and nobody else', () => {
    expect(countyScope(official)).toBe('410326');
    expect(countyScope(leader)).toBeNull();
    expect(countyScope(staff)).toBeNull();
  });

  it('lets only signed-in callers read personal records', () => {
    expect(() => assertSignedIn(ANONYMOUS)).toThrow(expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } }));
    expect(() => assertSignedIn(official)).not.toThrow();
  });

  it("lets only a department's own staff write its records", () => {
    expect(() => assertMayWrite(staff, 'housing')).not.toThrow();
    expect(() => assertMayWrite(staff, 'finance')).toThrow(/Only finance department staff/);
    expect(() => assertMayWrite(leader, 'housing')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
    expect(() => assertMayWrite(ANONYMOUS, 'housing')).toThrow(expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } }));
  });
});
