import { badUserInput } from '@pas/platform';
import { validateText } from '@pas/register-rules';
import type { MemberInput } from '../generated/resolvers-types.js';

/** The most members a household of the register has. */
export const MAX_MEMBERS = 20;

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/** A person's, cadre's or unit's name. */
export function validateName(name: string, field: string): string {
  return validateText(name, field, 30);
}

export function validatePhone(phone: string | null | undefined, field = 'phone'): string | null {
  if (phone === null || phone === undefined || phone === '') return null;
  if (!PHONE.test(phone)) throw badUserInput(`${field} must be a mobile number (11 digits) or a landline with area code`, { field });
  return phone;
}

/** A date that may lie before the campaign (a birth date), but not in the future. */
export function validatePastDate(date: Date, field: string, today = new Date()): Date {
  if (date.getTime() > today.getTime()) throw badUserInput(`${field} cannot be in the future`, { field });
  return date;
}

/** The birth date and gender encoded in a resident ID must match the member's. */
export function validateMember(member: MemberInput, index: number): MemberInput {
  const field = (name: string) => `members[${index}].${name}`;
  validateName(member.name, field('name'));
  validatePastDate(member.birthDate, field('birthDate'));
  validatePhone(member.phone, field('phone'));
  const birth = member.birthDate.toISOString().slice(0, 10).replaceAll('-', '');
  if (member.residentId.slice(6, 14) !== birth) {
    throw badUserInput(`${field('residentId')} encodes birth date ${member.residentId.slice(6, 14)}, not ${birth}`, { field: field('residentId') });
  }
  const male = Number(member.residentId[16]) % 2 === 1;
  if (male !== (member.gender === 'MALE')) {
    throw badUserInput(`${field('residentId')} encodes the other gender`, { field: field('residentId') });
  }
  return member;
}

export function validateMembers(members: MemberInput[]): void {
  if (members.length === 0 || members.length > MAX_MEMBERS) throw badUserInput(`A household has 1 to ${MAX_MEMBERS} members`, { field: 'members' });
  members.forEach(validateMember);
  if (members[0]!.relation !== 'HEAD' || members.filter((m) => m.relation === 'HEAD').length !== 1) {
    throw badUserInput('The first member must be the head (HEAD), and only one member can be', { field: 'members' });
  }
  const ids = members.map((m) => m.residentId);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw badUserInput('The same resident ID is given for two members', { field: 'members' });
}
