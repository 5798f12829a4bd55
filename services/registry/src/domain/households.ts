import { randomUUID } from 'node:crypto';
import { badUserInput, conflict, notFound } from '@pas/platform';
import { placeOfPerson, validateCampaignDate, validateCampaignYear, validateHousehold, validatePerson, validateText, validateVillageCode } from '@pas/register-rules';
import { isDuplicateKey, type RememberRecord, type SubgraphContext } from '@pas/subgraph-kit';
import type { UpdateQuery } from 'mongoose';
import type { DeclaredIncomeInput, HelperInput, MemberInput, MemberPatch, RegisterHouseholdInput, StatusChangeInput } from '../generated/resolvers-types.js';
import { Counter, Household, Village, type HouseholdDoc, type PersonDoc } from '../models/index.js';
import { registerDigest } from './digests.js';
import { claimResidentIds, releaseClaimsOf, releaseHeldClaim, type Claim } from './resident-ids.js';
import { assertExitSupported } from './exit-check.js';
import { declaredIncome } from './exit-assessment.js';
import { assertTransition } from './status.js';
import { MAX_MEMBERS, validateMember, validateMembers, validateName, validatePhone } from './validate.js';

/** Household numbers are 4 digits within a village. */
const MAX_HOUSEHOLD_NUMBER = 9_999;

const claimOf = (person: PersonDoc, householdId: string): Claim => ({ _id: person.residentId, personId: person.id, householdId });

function toPerson(householdId: string, index: number, member: MemberInput): PersonDoc {
  return {
    id: `${householdId}-${index}`,
    name: member.name.trim(),
    gender: member.gender,
    birthDate: member.birthDate,
    residentId: member.residentId,
    phone: member.phone ?? null,
    relation: member.relation,
    labourCapacity: member.labourCapacity,
    healthStatus: member.healthStatus,
  };
}

/** Person ids never repeat within a household, even after a removal. */
function nextPersonIndex(household: HouseholdDoc): number {
  return Math.max(0, ...household.members.map((m) => Number(m.id.split('-').at(-1)))) + 1;
}

/**
 * The village's next household id. One `$inc` per id: concurrent registrations each get a
 * number of their own on every engine. Two first registrations in a village may both try to
 * create its counter; the one that loses (duplicate key) increments the winner's.
 */
async function nextHouseholdId(villageCode: string): Promise<string> {
  let counter: { value: number } | null = null;
  for (let tries = 0; !counter; tries++) {
    try {
      counter = await Counter.findOneAndUpdate({ _id: villageCode }, { $inc: { value: 1 } }, { upsert: true, new: true }).lean().exec();
    } catch (error) {
      if (!isDuplicateKey(error) || tries > 0) throw error;
    }
  }
  if (counter.value > MAX_HOUSEHOLD_NUMBER) throw conflict(`Village ${villageCode} has no household numbers left`, { field: 'villageCode' });
  return `H${villageCode}${String(counter.value).padStart(4, '0')}`;
}

export async function registerHousehold(input: RegisterHouseholdInput, actor: string, remember: RememberRecord): Promise<HouseholdDoc> {
  validateMembers(input.members);
  validateCampaignYear(input.identifiedYear, 'identifiedYear');
  const identifiedOn = validateCampaignDate(input.identifiedOn ?? new Date(Date.UTC(input.identifiedYear, 2, 1)), 'identifiedOn');
  const village = await Village.findById(validateVillageCode(input.villageCode)).lean();
  if (!village) throw badUserInput(`Village ${input.villageCode} does not exist`, { field: 'villageCode' });

  // A counter behind seeded data may hand out an id already in use: skip ahead.
  for (let tries = 0; tries < 100; tries++) {
    const id = await nextHouseholdId(village.code);
    if (await Household.exists({ _id: id })) continue;
    await remember(id);
    const members = input.members.map((member, i) => toPerson(id, i + 1, member));
    const claims = members.map((m) => claimOf(m, id));
    const attempt = randomUUID();
    await claimResidentIds(claims, attempt);
    try {
      const created = (
        await Household.create({
          id,
          villageCode: village.code,
          townshipCode: village.townshipCode,
          countyCode: village.countyCode,
          headName: members[0]!.name,
          attribute: input.attribute,
          primaryCause: input.primaryCause,
          causes: [...new Set([input.primaryCause, ...(input.otherCauses ?? [])])],
          identifiedYear: input.identifiedYear,
          status: 'IDENTIFIED',
          statusHistory: [{ status: 'IDENTIFIED', date: identifiedOn, reason: '建档立卡 识别', actor }],
          members,
          memberCount: members.length,
          helper: null,
          version: 1,
        })
      ).toObject();
      await registerDigest.refresh(id);
      return created;
    } catch (error) {
      await releaseClaimsOf(claims, attempt);
      throw error;
    }
  }
  throw new Error(`could not allocate a household id in village ${village.code}`);
}

/** The household at exactly this version, or BAD_USER_INPUT / NOT_FOUND / CONFLICT. */
async function loadVersion(id: string, version: number): Promise<HouseholdDoc> {
  const { householdId } = validateHousehold(id);
  if (!Number.isInteger(version) || version < 1) throw badUserInput('version must be a positive whole number', { field: 'version' });
  const household = await Household.findById(householdId).lean<HouseholdDoc>();
  if (!household) throw notFound(`Household ${id} does not exist`);
  if (household.version !== version) {
    throw conflict(`Household ${id} has changed: it is at version ${household.version}, not ${version}`, { currentVersion: household.version });
  }
  return household;
}

/**
 * Claims resident IDs for a write at `version`. Refused claims answer CONFLICT when the
 * household changed meanwhile: a stale version is the first thing the caller must know of
 * (the "registered ID" it ran into may be the very member another writer just added).
 */
async function claimAtVersion(household: HouseholdDoc, version: number, claims: Claim[], attempt: string): Promise<void> {
  try {
    await claimResidentIds(claims, attempt);
  } catch (error) {
    if (await Household.exists({ _id: household.id, version })) throw error;
    throw conflict(`Household ${household.id} changed while it was being updated; reload and retry`);
  }
}

/** Writes only if nobody wrote in between (optimistic concurrency on `version`). */
async function saveVersion(id: string, version: number, update: UpdateQuery<HouseholdDoc>): Promise<HouseholdDoc> {
  const saved = await Household.findOneAndUpdate({ _id: id, version }, { ...update, $inc: { version: 1 } }, { new: true, runValidators: true }).lean<HouseholdDoc>();
  if (!saved) throw conflict(`Household ${id} changed while it was being updated; reload and retry`);
  await registerDigest.refresh(id);
  return saved;
}

/**
 * Adds a member at `version`. Of concurrent adds at the same version exactly one is saved; the
 * others get CONFLICT and release the resident ID they claimed.
 */
export async function addMember(householdId: string, version: number, input: MemberInput, remember: RememberRecord): Promise<HouseholdDoc> {
  const household = await loadVersion(householdId, version);
  validateMember(input, household.members.length);
  if (input.relation === 'HEAD') throw badUserInput('The household already has a head', { field: 'relation' });
  if (household.members.length >= MAX_MEMBERS) throw badUserInput(`A household has at most ${MAX_MEMBERS} members`, { field: 'householdId' });
  const person = toPerson(household.id, nextPersonIndex(household), input);
  await remember(person.id);
  const claim = claimOf(person, household.id);
  const attempt = randomUUID();
  await claimAtVersion(household, version, [claim], attempt);
  try {
    return await saveVersion(household.id, version, { $set: { members: [...household.members, person], memberCount: household.members.length + 1 } });
  } catch (error) {
    await releaseClaimsOf([claim], attempt);
    throw error;
  }
}

/** The household of a person id (`H…-n`), as it is now, while the person is in it. */
export async function householdHolding(personId: string): Promise<HouseholdDoc | null> {
  const place = placeOfPerson(personId);
  if (!place) return null;
  return Household.findOne({ _id: place.householdId, 'members.id': personId }).lean<HouseholdDoc>().exec();
}

export async function updateMember(householdId: string, personId: string, version: number, patch: MemberPatch): Promise<HouseholdDoc> {
  validatePerson(personId);
  const household = await loadVersion(householdId, version);
  const index = household.members.findIndex((m) => m.id === personId);
  if (index < 0) throw notFound(`Person ${personId} is not a member of household ${householdId}`);
  const before = household.members[index]!;
  const after: PersonDoc = {
    ...before,
    ...(patch.name != null ? { name: validateName(patch.name, 'name') } : {}),
    ...(patch.phone !== undefined ? { phone: validatePhone(patch.phone) } : {}),
    ...(patch.residentId != null ? { residentId: patch.residentId } : {}),
    ...(patch.relation != null ? { relation: patch.relation } : {}),
    ...(patch.labourCapacity != null ? { labourCapacity: patch.labourCapacity } : {}),
    ...(patch.healthStatus != null ? { healthStatus: patch.healthStatus } : {}),
  };
  validateMember({ ...after, phone: after.phone }, index);
  if ((before.relation === 'HEAD') !== (after.relation === 'HEAD')) {
    throw badUserInput('The head cannot change by editing a member', { field: 'relation' });
  }
  const members = household.members.map((m, i) => (i === index ? after : m));
  const idChanged = after.residentId !== before.residentId;
  const newClaim = claimOf(after, household.id);
  const attempt = randomUUID();
  if (idChanged) await claimAtVersion(household, version, [newClaim], attempt);
  let saved: HouseholdDoc;
  try {
    saved = await saveVersion(household.id, version, { $set: { members, headName: members[0]!.name } });
  } catch (error) {
    if (idChanged) await releaseClaimsOf([newClaim], attempt);
    throw error;
  }
  if (idChanged) await releaseHeldClaim(claimOf(before, household.id));
  return saved;
}

export async function removeMember(householdId: string, personId: string, version: number, reason: string): Promise<HouseholdDoc> {
  validatePerson(personId);
  const household = await loadVersion(householdId, version);
  const member = household.members.find((m) => m.id === personId);
  if (!member) throw notFound(`Person ${personId} is not a member of household ${householdId}`);
  if (member.relation === 'HEAD') throw badUserInput('The head cannot be removed; register the change of head first', { field: 'personId' });
  validateText(reason, 'reason', 200);
  const saved = await saveVersion(household.id, version, { $set: { members: household.members.filter((m) => m.id !== personId), memberCount: household.members.length - 1 } });
  await releaseHeldClaim(claimOf(member, household.id));
  return saved;
}

export async function recordStatusChange(householdId: string, version: number, input: StatusChangeInput, actor: string, ctx: SubgraphContext): Promise<HouseholdDoc> {
  const household = await loadVersion(householdId, version);
  const override = input.override == null ? null : validateText(input.override, 'override', 200);
  if (override && input.status !== 'EXITED') throw badUserInput('override is for an exit only', { field: 'override' });
  const change = { status: input.status, date: validateCampaignDate(input.date, 'date'), reason: validateText(input.reason, 'reason', 200), actor, ...(override ? { override } : {}) };
  assertTransition(household, change);
  if (change.status === 'EXITED') await assertExitSupported(household.id, change.date.getUTCFullYear(), override, ctx);
  // The version still guards the write: a change made while the assessment was read is a CONFLICT.
  return saveVersion(household.id, version, { $push: { statusHistory: change }, $set: { status: change.status } });
}

export async function assignHelper(householdId: string, version: number, input: HelperInput): Promise<HouseholdDoc> {
  const household = await loadVersion(householdId, version);
  const helper = {
    name: validateName(input.name, 'name'),
    unit: validateName(input.unit, 'unit'),
    phone: validatePhone(input.phone),
    since: validateCampaignDate(input.since, 'since'),
  };
  return saveVersion(household.id, version, { $set: { helper } });
}

/** 收入核算 for a year at `version`, replacing the year's earlier declaration. */
export async function recordIncome(householdId: string, version: number, input: DeclaredIncomeInput, actor: string): Promise<HouseholdDoc> {
  const household = await loadVersion(householdId, version);
  const income = declaredIncome(input, validateCampaignYear(input.year, 'year'), actor);
  const incomes = [...(household.incomes ?? []).filter((other) => other.year !== income.year), income].sort((a, b) => a.year - b.year);
  return saveVersion(household.id, version, { $set: { incomes } });
}
