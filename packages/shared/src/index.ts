export * from './auth.js';
export * from './common.js';
export * from './competency.js';
export * from './errors.js';
export * from './imports.js';
export * from './needs.js';
export * from './organisation.js';
export * from './permissions.js';
