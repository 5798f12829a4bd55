/**
 * Prints a development token: `npm run token -- --role county_official --county 410326`
 * or `--role department_staff --department employment`; `--help` says how.
 */
import { parseArgs } from 'node:util';
import { type Role, ROLES, signToken, SUBGRAPHS } from '@pas/platform';

const DEPARTMENTS: readonly string[] = SUBGRAPHS.map((s) => s.name);
const USAGE = `Prints a development token, signed with JWT_SECRET (or the development secret).

  npm run token -- --role <role> [--county <code>] [--department <name>] [--sub <id>] [--expires <time>]

  --role        ${ROLES.join(', ')} (default analyst)
  --county      6-digit county code, e.g. 410326; needed for county_official
  --department  the department's subgraph, one of ${DEPARTMENTS.join(', ')}; needed for department_staff
  --sub         the subject (default dev-<role>)
  --expires     how long it is valid, e.g. 30m or 8h (default 8h; at most JWT_MAX_LIFETIME_HOURS, default 12)
  --help        this text`;

/** A wrong command line: says what is wrong, exits 2 (a usage error). */
function refuse(message: string): never {
  console.error(`${message}\n(npm run token -- --help for the options)`);
  process.exit(2);
}

let values: { role?: string; county?: string; department?: string; sub?: string; expires?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      role: { type: 'string', default: 'analyst' },
      county: { type: 'string' },
      department: { type: 'string' },
      sub: { type: 'string' },
      expires: { type: 'string', default: '8h' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  refuse((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!(ROLES as readonly string[]).includes(values.role!)) refuse(`--role must be one of ${ROLES.join(', ')}, not "${values.role}"`);
const role = values.role as Role;
// The services refuse these tokens without their scope: better not to print one.
if (role === 'county_official' && !values.county) refuse('A county_official token needs --county <6-digit county code>, e.g. --county 410326');
if (role === 'department_staff' && !values.department) refuse(`A department_staff token needs --department <${DEPARTMENTS.join('|')}>`);
if (values.county !== undefined && !/^\d{6}$/.test(values.county)) refuse(`--county must be a 6-digit county code, not "${values.county}"`);
if (values.department !== undefined && !DEPARTMENTS.includes(values.department)) refuse(`--department must be one of ${DEPARTMENTS.join(', ')}, not "${values.department}"`);

try {
  const scope = { ...(values.county ? { county: values.county } : {}), ...(values.department ? { department: values.department } : {}) };
  console.log(await signToken({ sub: values.sub ?? `dev-${role}`, role, ...scope }, { expiresIn: values.expires! }));
} catch (error) {
  refuse((error as Error).message);
}
