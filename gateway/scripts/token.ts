/**
 * Prints a development token: `npm run token -- --role county_official --county 410326`
 * or `--role department_staff --department employment`.
 */
import { parseArgs } from 'node:util';
import { ROLES, signToken, type Role } from '@pas/subgraph-kit';

const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'analyst' },
    county: { type: 'string' },
    department: { type: 'string' },
    sub: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});
if (!(ROLES as readonly string[]).includes(values.role!)) {
  console.error(`--role must be one of ${ROLES.join(', ')}`);
  process.exit(2);
}
const role = values.role as Role;
console.log(
  await signToken(
    { sub: values.sub ?? `dev-${role}`, role, ...(values.county ? { county: values.county } : {}), ...(values.department ? { department: values.department } : {}) },
    { expiresIn: values.expires! },
  ),
);
