import type { TenantCaseBuilder } from './types.js';

// Placeholder: the evaluation context's routes with ids, bodies naming the other administration's records, and lists.
export const evaluationCases: TenantCaseBuilder = () => Promise.resolve({ routes: {}, bodies: [], lists: [] });
