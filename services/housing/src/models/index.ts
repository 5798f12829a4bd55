export * from './resettlement-site.js';
export * from './relocation.js';
export * from './house-renovation.js';
export * from './village-drinking-water.js';
export * from './village-infrastructure.js';
