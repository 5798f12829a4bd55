import { badUserInput, conflict, notFound } from '@pas/subgraph-kit';
import type { UpdateQuery } from 'mongoose';
import type { HelperInput, MemberInput, MemberPatch, RegisterHouseholdInput, StatusChangeInput } from '../generated/resolvers-types.js';
import { Counter, Household, Village, type HouseholdDoc, type PersonDoc } from '../models/index.js';
import { claimResidentIds, releaseResidentIds } from './resident-ids.js';
import { assertTransition } from './status.js';
import { validateMember, validateMembers, validateName, validatePastDate, validatePhone } from './validate.js';

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

async function nextHouseholdId(villageCode: string): Promise<string> {
  const counter = await Counter.findOneAndUpdate({ _id: villageCode }, { $inc: { value: 1 } }, { upsert: true, new: true }).lean();
  return `H${villageCode}${String(counter!.value).padStart(4, '0')}`;
}

export async function registerHousehold(input: RegisterHouseholdInput, actor: string): Promise<HouseholdDoc> {
  validateMembers(input.members);
  if (input.identifiedYear < 2014 || input.identifiedYear > new Date().getUTCFullYear()) {
    throw badUserInput('identifiedYear must be between 2014 and this year', { field: 'identifiedYear' });
  }
  const identifiedOn = validatePastDate(input.identifiedOn ?? new Date(Date.UTC(input.identifiedYear, 2, 1)), 'identifiedOn');
  const village = await Village.findById(input.villageCode).lean();
  if (!village) throw badUserInput(`Village ${input.villageCode} does not exist`, { field: 'villageCode' });

  // A counter behind seeded data may hand out an id already in use: skip ahead.
  for (let attempt = 0; attempt < 100; attempt++) {
    const id = await nextHouseholdId(village.code);
    if (await Household.exists({ _id: id })) continue;
    const members = input.members.map((member, i) => toPerson(id, i + 1, member));
    await claimResidentIds(members.map((m) => ({ _id: m.residentId, personId: m.id, householdId: id })));
    try {
      return (
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
    } catch (error) {
      await releaseResidentIds(members.map((m) => ({ _id: m.residentId, personId: m.id, householdId: id })));
      throw error;
    }
  }
  throw new Error(`could not allocate a household id in village ${village.code}`);
}

/** The household at exactly this version, or NOT_FOUND / CONFLICT. */
async function loadVersion(id: string, version: number): Promise<HouseholdDoc> {
  const household = await Household.findById(id).lean<HouseholdDoc>();
  if (!household) throw notFound(`Household ${id} does not exist`);
  if (household.version !== version) {
    throw conflict(`Household ${id} has changed: it is at version ${household.version}, not ${version}`, { currentVersion: household.version });
  }
  return household;
}

/** Writes only if nobody wrote in between (optimistic concurrency on `version`). */
async function saveVersion(id: string, version: number, update: UpdateQuery<HouseholdDoc>): Promise<HouseholdDoc> {
  const saved = await Household.findOneAndUpdate({ _id: id, version }, { ...update, $inc: { version: 1 } }, { new: true, runValidators: true }).lean<HouseholdDoc>();
  if (!saved) throw conflict(`Household ${id} changed while it was being updated; reload and retry`);
  return saved;
}

export async function addMember(householdId: string, version: number, input: MemberInput): Promise<HouseholdDoc> {
  const household = await loadVersion(householdId, version);
  validateMember(input, household.members.length);
  if (input.relation === 'HEAD') throw badUserInput('The household already has a head', { field: 'relation' });
  const person = toPerson(householdId, nextPersonIndex(household), input);
  const claim = { _id: person.residentId, personId: person.id, householdId };
  await claimResidentIds([claim]);
  try {
    return await saveVersion(householdId, version, { $set: { members: [...household.members, person], memberCount: household.members.length + 1 } });
  } catch (error) {
    await releaseResidentIds([claim]);
    throw error;
  }
}

export async function updateMember(householdId: string, personId: string, version: number, patch: MemberPatch): Promise<HouseholdDoc> {
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
  const newClaim = { _id: after.residentId, personId, householdId };
  if (idChanged) await claimResidentIds([newClaim]);
  let saved: HouseholdDoc;
  try {
    saved = await saveVersion(householdId, version, { $set: { members, headName: members[0]!.name } });
  } catch (error) {
    if (idChanged) await releaseResidentIds([newClaim]);
    throw error;
  }
  if (idChanged) await releaseResidentIds([{ _id: before.residentId, personId, householdId }]);
  return saved;
}

export async function removeMember(householdId: string, personId: string, version: number, reason: string): Promise<HouseholdDoc> {
  const household = await loadVersion(householdId, version);
  const member = household.members.find((m) => m.id === personId);
  if (!member) throw notFound(`Person ${personId} is not a member of household ${householdId}`);
  if (member.relation === 'HEAD') throw badUserInput('The head cannot be removed; register the change of head first', { field: 'personId' });
  if (reason.trim().length === 0) throw badUserInput('Removing a member needs a reason', { field: 'reason' });
  const saved = await saveVersion(householdId, version, { $set: { members: household.members.filter((m) => m.id !== personId), memberCount: household.members.length - 1 } });
  await releaseResidentIds([{ _id: member.residentId, personId, householdId }]);
  return saved;
}

export async function recordStatusChange(householdId: string, version: number, input: StatusChangeInput, actor: string): Promise<HouseholdDoc> {
  const household = await loadVersion(householdId, version);
  const change = { status: input.status, date: validatePastDate(input.date, 'date'), reason: input.reason.trim(), actor };
  assertTransition(household, change);
  return saveVersion(householdId, version, { $push: { statusHistory: change }, $set: { status: change.status } });
}

export async function assignHelper(householdId: string, version: number, input: HelperInput): Promise<HouseholdDoc> {
  await loadVersion(householdId, version);
  const helper = {
    name: validateName(input.name, 'name'),
    unit: validateName(input.unit, 'unit'),
    phone: validatePhone(input.phone),
    since: validatePastDate(input.since, 'since'),
  };
  return saveVersion(householdId, version, { $set: { helper } });
}
