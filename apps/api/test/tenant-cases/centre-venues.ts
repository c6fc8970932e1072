import type { TenantCaseBuilder } from './types.js';

// Placeholder: the area's routes with ids, bodies naming the other administration's records, and lists.
export const centreVenueCases: TenantCaseBuilder = () => Promise.resolve({ routes: {}, bodies: [], lists: [] });
