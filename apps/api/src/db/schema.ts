// The drizzle mirror of migrations/*.sql, one file per context.
export * from './schema/catalogue.js';
export * from './schema/competency.js';
export * from './schema/core.js';
export * from './schema/needs.js';
export * from './schema/strategy.js';
export * from './schema/funding.js';
export * from './schema/planning.js';
