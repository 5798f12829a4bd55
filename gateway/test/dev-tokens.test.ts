import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@pas/mongo-runtime';
import { authConfigFromEnv, callerFromAuthorization } from '@pas/platform';
import { demoTokens, publishDemoTokens } from '../scripts/demo-tokens.js';

const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/g;

/** `npm run token -- <args>`: its exit code and what it printed. */
async function tokenScript(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'gateway/scripts/token.ts', ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run token', () => {
  it('prints a token the services accept', async () => {
    const { code, stdout } = await tokenScript('--role', 'county_official', '--county', '410326');
    expect(code).toBe(0);
    expect(await callerFromAuthorization(`Bearer ${stdout.trim()}`, authConfigFromEnv())).toMatchObject({ role: 'county_official', countyCode: '410326' });
  });

  it.each([
    [['--role', 'county_official'], 'A county_official token needs --county <6-digit county code>'],
    [['--role', 'department_staff'], 'A department_staff token needs --department <registry|employment|'],
    [['--role', 'department_staff', '--department', 'police'], '--department must be one of registry,'],
    [['--role', 'county_official', '--county', 'Ruyang'], '--county must be a 6-digit county code, not "Ruyang"'],
    [['--role', 'king'], '--role must be one of city_leader,'],
    [['--expires', '30d'], 'over the limit of 12 hours'],
    [['--colour', 'red'], "Unknown option '--colour'"],
  ])('refuses %j with exit code 2, saying why, and prints no token', async (args, message) => {
    const { code, stdout, stderr } = await tokenScript(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });

  it('says how to use it with --help', async () => {
    const { code, stdout } = await tokenScript('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/--role .*--county .*--department .*--expires /s);
  });
});

describe('the demo tokens npm start hands out', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pas-demo-tokens-'));
  const file = path.join(dir, 'data', 'demo-tokens.txt');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are one valid token per role', async () => {
    const tokens = (await demoTokens()).match(JWT) ?? [];
    const callers = await Promise.all(tokens.map((t) => callerFromAuthorization(`Bearer ${t}`, authConfigFromEnv())));
    expect(callers.map((c) => c.role)).toEqual(['city_leader', 'county_official', 'department_staff', 'inspector', 'analyst']);
  });

  it('are printed on a terminal, and written nowhere', async () => {
    const tokens = await demoTokens();
    expect(publishDemoTokens(tokens, { isTTY: true, file })).toBe(tokens);
    expect(existsSync(file)).toBe(false);
  });

  it('go to a file only its owner reads when the output is not a terminal, and only its path is printed', async () => {
    // An old file others could read is replaced, not reused.
    const old = publishDemoTokens('old', { isTTY: false, file });
    chmodSync(file, 0o644);
    const tokens = await demoTokens();
    const printed = publishDemoTokens(tokens, { isTTY: false, file });
    expect(printed).toBe(old);
    expect(printed).toContain(file);
    expect(printed).not.toMatch(JWT);
    expect(readFileSync(file, 'utf8')).toBe(tokens);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
