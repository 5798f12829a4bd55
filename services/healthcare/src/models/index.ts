export * from './insurance-enrolment.js';
export * from './health-certificate.js';
export * from './medical-claim.js';
export * from './village-clinic.js';
