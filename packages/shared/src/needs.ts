import { z } from 'zod';

/** Contracts of the needs context: assessment campaigns, forms, results. */
export const CAMPAIGN_MODES = ['self', 'supervisor', 'both'] as const;
export const ZCampaignMode = z.enum(CAMPAIGN_MODES);
export const CONSOLIDATION_RULES = ['supervisor', 'mean', 'max', 'weighted'] as const;
export const ZConsolidationRule = z.enum(CONSOLIDATION_RULES);
export const SINGLE_SOURCE_RULES = ['use_available', 'exclude'] as const;
export const ZSingleSourceRule = z.enum(SINGLE_SOURCE_RULES);
