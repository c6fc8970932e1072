import type { Tx } from '../../platform/db.js';

/** A competency of a framework version, as the needs context sees it. */
export interface FrameworkCompetency {
  id: string;
  code: string;
  nameEn: string;
  namePt: string;
  areaCode: string;
  areaNameEn: string;
  areaNamePt: string;
  group: 'values' | 'professional' | 'operational' | 'management';
  /** Behavioural indicators per level ("0".."4"), in en and pt. */
  indicators: Record<string, { en: string; pt: string }>;
  sort: number;
}

export interface RoleProfileCell {
  positionId: string;
  competencyId: string;
  requiredLevel: number;
  criticality: number;
}

export interface ActivePriority {
  id: string;
  name: string;
  multiplier: number;
  competencyCodes: string[];
}

/**
 * What the needs context asks of the competency context (implemented there, passed in by app.ts):
 * the needs context never reads competency tables itself.
 */
export interface CompetencyLookups {
  /** Undefined when the version is not the administration's. */
  frameworkVersion(tx: Tx, administrationId: string, versionId: string): Promise<{ id: string; frameworkId: string; version: number } | undefined>;
  competencies(tx: Tx, administrationId: string, versionId: string): Promise<FrameworkCompetency[]>;
  scale(tx: Tx, administrationId: string, versionId: string): Promise<{ level: number; nameEn: string; namePt: string }[]>;
  roleProfiles(tx: Tx, administrationId: string, versionId: string): Promise<RoleProfileCell[]>;
  /** Priorities valid on the given date (YYYY-MM-DD). */
  activePriorities(tx: Tx, administrationId: string, onDate: string): Promise<ActivePriority[]>;
}
