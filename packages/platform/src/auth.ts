import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { forbidden, invalidToken, unauthenticated } from './errors.js';
import { wholeNumberSetting } from './settings.js';

export const ROLES = ['city_leader', 'county_official', 'department_staff', 'inspector', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: verified from the JWT the gateway forwards, or anonymous. */
export interface Caller {
  subject: string | null;
  role: Role | 'anonymous';
  /** 6-digit county code for county officials. */
  countyCode: string | null;
  /** Domain (subgraph name) for department staff, e.g. "employment". */
  department: string | null;
}

export const ANONYMOUS: Caller = { subject: null, role: 'anonymous', countyCode: null, department: null };

export interface AuthConfig {
  issuer: string;
  audience: string;
  key: Uint8Array | JWTVerifyGetKey;
  /** Longest lifetime (exp − iat) a token may have, in seconds: JWT_MAX_LIFETIME_HOURS. */
  maxLifetimeSeconds: number;
}

const DEV_SECRET = 'dev-only-secret-change-me-in-production-0123456789';

/** HS256 from JWT_SECRET, or a JWKS from JWT_JWKS_FILE / JWT_JWKS_URL. */
export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const issuer = env.JWT_ISSUER ?? 'poverty-alleviation';
  const audience = env.JWT_AUDIENCE ?? 'supergraph';
  const maxLifetimeSeconds = wholeNumberSetting('JWT_MAX_LIFETIME_HOURS', 12, { env }) * 3600;
  if (env.JWT_JWKS_FILE) {
    return { issuer, audience, maxLifetimeSeconds, key: createLocalJWKSet(JSON.parse(readFileSync(env.JWT_JWKS_FILE, 'utf8'))) };
  }
  if (env.JWT_JWKS_URL) return { issuer, audience, maxLifetimeSeconds, key: createRemoteJWKSet(new URL(env.JWT_JWKS_URL)) };
  if (!env.JWT_SECRET && env.NODE_ENV === 'production') {
    throw new Error('Set JWT_SECRET, JWT_JWKS_FILE or JWT_JWKS_URL in production');
  }
  return { issuer, audience, maxLifetimeSeconds, key: new TextEncoder().encode(env.JWT_SECRET ?? DEV_SECRET) };
}

/** How far in the future an issuer's clock may put `iat`. */
const CLOCK_SKEW_SECONDS = 60;

/**
 * Why a token's lifetime is not acceptable, or null: a token must say when it was issued and
 * when it expires, and live at most the configured time, so a leaked one stops working soon.
 */
function tokenLifetimeProblem(payload: JWTPayload, maxLifetimeSeconds: number, now = Date.now() / 1000): string | null {
  const { iat, exp } = payload;
  if (typeof iat !== 'number' || typeof exp !== 'number') return 'the token needs "iat" and "exp" claims';
  if (iat > now + CLOCK_SKEW_SECONDS) return '"iat" is in the future';
  if (exp - iat > maxLifetimeSeconds) {
    return `its lifetime (exp − iat) of ${((exp - iat) / 3600).toFixed(1)} hours is over the limit of ${maxLifetimeSeconds / 3600} hours`;
  }
  return null;
}

function claimString(payload: JWTPayload, name: string): string | null {
  const value = payload[name];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** Turns an Authorization header into a caller; a present but invalid token is refused. */
export async function callerFromAuthorization(header: string | undefined, config: AuthConfig): Promise<Caller> {
  if (!header) return ANONYMOUS;
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
  if (!token) throw invalidToken('Authorization header must be "Bearer <token>"');
  let payload: JWTPayload;
  const claims = { issuer: config.issuer, audience: config.audience, requiredClaims: ['exp', 'iat'] };
  try {
    const verified =
      config.key instanceof Uint8Array
        ? await jwtVerify(token, config.key, { ...claims, algorithms: ['HS256'] })
        : await jwtVerify(token, config.key, claims);
    payload = verified.payload;
  } catch (error) {
    throw invalidToken(`Invalid token: ${(error as Error).message}`);
  }
  const lifetimeProblem = tokenLifetimeProblem(payload, config.maxLifetimeSeconds);
  if (lifetimeProblem) throw invalidToken(`Invalid token: ${lifetimeProblem}`);
  const role = claimString(payload, 'role');
  if (!role || !(ROLES as readonly string[]).includes(role)) throw invalidToken(`Token has an unknown role "${role}"`);
  const caller: Caller = {
    subject: payload.sub ?? null,
    role: role as Role,
    countyCode: claimString(payload, 'county'),
    department: claimString(payload, 'department'),
  };
  if (caller.role === 'county_official' && !caller.countyCode) throw invalidToken('A county official token needs a "county" claim');
  if (caller.role === 'department_staff' && !caller.department) throw invalidToken('A department staff token needs a "department" claim');
  return caller;
}

/** Signs a token with the HS256 secret (development and tests); refuses one the services would refuse as too long-lived. */
export async function signToken(
  claims: { sub: string; role: Role; county?: string; department?: string },
  options: { secret?: string; expiresIn?: string; issuer?: string; audience?: string } = {},
): Promise<string> {
  const config = authConfigFromEnv();
  const key = options.secret ? new TextEncoder().encode(options.secret) : config.key;
  if (!(key instanceof Uint8Array)) throw new Error('signToken needs an HS256 secret');
  const { sub, ...rest } = claims;
  const token = await new SignJWT(rest)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuer(options.issuer ?? config.issuer)
    .setAudience(options.audience ?? config.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(key);
  const problem = tokenLifetimeProblem(decodeJwt(token), config.maxLifetimeSeconds);
  if (problem) throw new Error(`Will not sign a token the services refuse: ${problem} (JWT_MAX_LIFETIME_HOURS)`);
  return token;
}

/** Households and persons are personal: anonymous callers see only counties, villages and counts. */
export function assertSignedIn(caller: Caller): void {
  if (caller.role === 'anonymous') throw unauthenticated('Sign in to see households and persons');
}

/** Throws FORBIDDEN unless the caller may write to this domain (own department staff). */
export function assertMayWrite(caller: Caller, domain: string): void {
  if (caller.role === 'anonymous') throw unauthenticated('Sign in to change records');
  if (caller.role !== 'department_staff' || caller.department !== domain) {
    throw forbidden(`Only ${domain} department staff may change ${domain} records`, { role: caller.role });
  }
}

/** County officials see their own county only; everyone else every county. */
export function countyScope(caller: Caller): string | null {
  return caller.role === 'county_official' ? caller.countyCode : null;
}
