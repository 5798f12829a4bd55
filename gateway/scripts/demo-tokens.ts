import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROLES, signToken } from '@pas/platform';

/** One development token per role, as lines to show: county official of 汝阳县 410326, registry staff. */
export async function demoTokens(): Promise<string> {
  const lines = await Promise.all(
    ROLES.map(async (role) => {
      const scope = role === 'county_official' ? { county: '410326' } : role === 'department_staff' ? { department: 'registry' } : {};
      return `  ${role.padEnd(17)} ${await signToken({ sub: `demo-${role}`, role, ...scope })}`;
    }),
  );
  return `Demo tokens (Authorization: Bearer <token>); county official: 汝阳县 410326, department staff: registry:\n${lines.join('\n')}\n`;
}

/**
 * Puts the demo tokens where only the person who started the stack sees them, and returns what
 * to print. On a terminal, the tokens themselves. Otherwise the output goes to a log file or a
 * journal that others read, so the tokens go to a file only its owner can read (mode 0600),
 * and only its path is printed.
 */
export function publishDemoTokens(tokens: string, options: { isTTY: boolean; file: string }): string {
  if (options.isTTY) return tokens;
  mkdirSync(path.dirname(options.file), { recursive: true });
  // A new file, so an old one's wider permissions do not carry over.
  rmSync(options.file, { force: true });
  writeFileSync(options.file, tokens, { mode: 0o600, flag: 'wx' });
  return `Demo tokens (one per role) are in ${options.file}, readable only by you.\n`;
}
