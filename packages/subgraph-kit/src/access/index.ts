export { enforceAccess } from './enforce.js';
export { accessTo, DEPARTMENTS, POLICY, PERSONAL_DATA, type Access, type PersonalData } from './policy.js';
export { maskName, maskPhone, maskResidentId } from './masks.js';
export { countyOfRecord } from './record-county.js';
export { accessAuditResolvers, PersonalDataRead, type AuditScope, type PersonalDataReadDoc } from './audit.js';
