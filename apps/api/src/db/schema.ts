// The drizzle mirror of migrations/*.sql, one file per context.
export * from './schema/competency.js';
export * from './schema/core.js';
export * from './schema/needs.js';
