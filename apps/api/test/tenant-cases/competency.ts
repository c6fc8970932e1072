import type { TenantCaseBuilder } from './types.js';

/** The competency context's routes (frameworks, role profiles, priorities). */
export const competencyCases: TenantCaseBuilder = async () => ({ routes: {}, bodies: [], lists: [] });
