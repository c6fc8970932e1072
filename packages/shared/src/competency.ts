import { z } from 'zod';

/** Contracts of the competency context: frameworks, scale, role profiles, strategic priorities. */
export const COMPETENCY_GROUPS = ['values', 'professional', 'operational', 'management'] as const;
export const ZCompetencyGroup = z.enum(COMPETENCY_GROUPS);
export const ZProficiencyLevel = z.number().int().min(0).max(4);
export const ZCriticality = z.number().int().min(1).max(5);
