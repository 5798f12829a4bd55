import { describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '@pas/platform';
import { accessTo, DEPARTMENTS } from '../src/access/policy.js';

describe('access policy', () => {
  it('names departments that are subgraphs of subgraphs.json', () => {
    expect(SUBGRAPHS.map((s) => s.name)).toEqual(expect.arrayContaining([...DEPARTMENTS]));
  });

  it("shows a department the table does not name only its own records' personal data", () => {
    const staff = { subject: 'x', role: 'department_staff', countyCode: null, department: 'tax' } as const;
    expect(accessTo(staff, 'NAME', 'tax')).toBe('whole');
    expect(accessTo(staff, 'NAME', 'registry')).toBe('hidden');
    expect(accessTo(staff, 'HEALTH', 'healthcare')).toBe('hidden');
  });
});
