import type { TenantCaseBuilder } from './types.js';

/** The needs context's routes (campaigns, forms, results). */
export const needsCases: TenantCaseBuilder = async () => ({ routes: {}, bodies: [], lists: [] });
