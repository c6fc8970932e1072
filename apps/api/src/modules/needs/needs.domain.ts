/** Pure rules of the needs context: consolidation, gap, weighted need, and the hand-off to planning. */

export type ConsolidationRule = 'supervisor' | 'mean' | 'max' | 'weighted';
export type SingleSourceRule = 'use_available' | 'exclude';
export type CampaignMode = 'self' | 'supervisor' | 'both';

export interface Consolidation {
  rule: ConsolidationRule;
  /** Weight of the supervisor's level under 'weighted'; self gets 1 − weight. */
  supervisorWeight: number;
  singleSource: SingleSourceRule;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The rule a campaign applies. A campaign that collects only one kind of rating always uses it:
 * the single-source rule only decides what happens in a 'both' campaign when one rating is missing.
 */
export function consolidationOf(c: { mode: CampaignMode; consolidation: ConsolidationRule; supervisorWeight: number; singleSource: SingleSourceRule }): Consolidation {
  return { rule: c.consolidation, supervisorWeight: c.supervisorWeight, singleSource: c.mode === 'both' ? c.singleSource : 'use_available' };
}

/** The assessed level from a self and a supervisor level; null = unassessed. Rounded to 2 decimals like the stored column. */
export function consolidate(self: number | null, supervisor: number | null, c: Consolidation): number | null {
  if (self === null && supervisor === null) return null;
  if (self === null || supervisor === null) return c.singleSource === 'use_available' ? (supervisor ?? self) : null;
  switch (c.rule) {
    case 'supervisor':
      return supervisor;
    case 'mean':
      return round2((self + supervisor) / 2);
    case 'max':
      return Math.max(self, supervisor);
    case 'weighted':
      return round2(c.supervisorWeight * supervisor + (1 - c.supervisorWeight) * self);
  }
}

/** Gap in levels; an unassessed competency counts no gap (it is reported as unassessed, not as a need). */
export const gapOf = (required: number, assessed: number | null): number => (assessed === null ? 0 : round2(Math.max(0, required - assessed)));

export const weightedNeedOf = (gap: number, criticality: number, multiplier: number): number => round2(gap * criticality * multiplier);

/**
 * Priority multiplier of a competency: the largest multiplier among active priorities that touch its code
 * (not the product, so overlapping priorities on one competency do not compound), 1 when none does.
 */
export function multiplierOf(code: string, priorities: { multiplier: number; competencyCodes: string[] }[]): number {
  return priorities.filter((p) => p.competencyCodes.includes(code)).reduce((m, p) => Math.max(m, p.multiplier), 1);
}

/** One frozen result row per officer and competency, as the planning hand-off reads it. */
export interface PlanningResult {
  officerId: string;
  orgUnitCode: string;
  positionCode: string;
  competencyCode: string;
  /** Null when unassessed: it counts in the group's size but not in its mean gap. */
  gap: number | null;
  criticality: number;
  multiplier: number;
  /** Carried to the group for the planning context (release shares by unit, eligibility by position). */
  orgUnitId?: string;
  positionId?: string;
  orgUnitName?: string;
  positionName?: string;
}

export interface PlanningGroup {
  id: string;
  size: number;
  releaseDays: number;
  gaps: Record<string, number>;
  weights: Record<string, number>;
  orgUnitId?: string;
  positionId?: string;
  orgUnitName?: string;
  positionName?: string;
}

/** Planning ids: lower-case codes, spaces and slashes as hyphens (PLANNING.md's `dili-port/examiner`). */
const idPart = (code: string) => code.trim().toLowerCase().replace(/[\s/]+/g, '-');

/**
 * The `groups` part of a planning instance (shared/PLANNING.md) from a closed campaign's results: one group per
 * org unit × position; the only path by which the needs assessment feeds the plan.
 */
export function buildPlanningGroups(results: PlanningResult[], opts: { releaseShare?: number; daysPerPeriod?: number } = {}): PlanningGroup[] {
  const releaseShare = opts.releaseShare ?? 0.1;
  const daysPerPeriod = opts.daysPerPeriod ?? 60;
  type Cell = { n: number; gap: number; weight: number };
  const groups = new Map<string, { officers: Set<string>; cells: Map<string, Cell>; first: PlanningResult }>();
  for (const r of results) {
    const id = `${idPart(r.orgUnitCode)}/${idPart(r.positionCode)}`;
    const group = groups.get(id) ?? { officers: new Set<string>(), cells: new Map<string, Cell>(), first: r };
    groups.set(id, group);
    group.officers.add(r.officerId);
    if (r.gap === null) continue;
    const cell = group.cells.get(r.competencyCode) ?? { n: 0, gap: 0, weight: 0 };
    group.cells.set(r.competencyCode, { n: cell.n + 1, gap: cell.gap + r.gap, weight: cell.weight + r.criticality * r.multiplier });
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, g]) => {
      const cells = [...g.cells.entries()].sort(([a], [b]) => a.localeCompare(b));
      return {
        id,
        size: g.officers.size,
        releaseDays: Math.round(g.officers.size * releaseShare * daysPerPeriod),
        gaps: Object.fromEntries(cells.map(([code, c]) => [code, round2(c.gap / c.n)])),
        weights: Object.fromEntries(cells.map(([code, c]) => [code, round2(c.weight / c.n)])),
        ...(g.first.orgUnitId === undefined
          ? {}
          : { orgUnitId: g.first.orgUnitId, positionId: g.first.positionId, orgUnitName: g.first.orgUnitName, positionName: g.first.positionName }),
      };
    });
}
