export * from './poverty-fund.js';
export * from './microloan.js';
export * from './microloan-exposure.js';
export * from './risk-guarantee-fund.js';
export * from './industry-project.js';
export * from './village-collective-income.js';
