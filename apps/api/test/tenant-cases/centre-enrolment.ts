import type { TenantCaseBuilder } from './types.js';

// Placeholder: the area's routes with ids, bodies naming the other administration's records, and lists.
export const centreEnrolmentCases: TenantCaseBuilder = () => Promise.resolve({ routes: {}, bodies: [], lists: [] });
