import { type CourseData, type CourseRecord, findCycle } from './catalogue.domain.js';
import type { CatalogueRefs } from './catalogue.refs.js';

export interface CourseIssue {
  path: (string | number)[];
  /** Stable kind of problem, as import reports name it. */
  code: string;
  message: string;
}
export interface CourseCheck {
  /** A referenced record that is not the administration's: the caller answers NOT_FOUND. */
  missing: 'position' | 'prerequisite course' | null;
  issues: CourseIssue[];
}

/** Who requires whom, with `changes` written over the stored catalogue. */
export function prerequisiteGraph(courses: readonly Pick<CourseRecord, 'id' | 'prerequisiteIds'>[], changes: ReadonlyMap<string, readonly string[]>) {
  const graph = new Map<string, readonly string[]>(courses.map((c) => [c.id, c.prerequisiteIds]));
  for (const [id, prerequisites] of changes) graph.set(id, prerequisites);
  return graph;
}

/** "prerequisites would form a cycle: HS-201 → HS-301 → HS-201" (→ reads "requires"), starting at `startAt` when on it; or null. */
export function cycleMessage(graph: ReadonlyMap<string, readonly string[]>, codeOf: (id: string) => string, startAt?: string): string | null {
  let cycle = findCycle(graph);
  if (!cycle) return null;
  const at = startAt ? cycle.indexOf(startAt) : -1;
  if (at > 0) cycle = [...cycle.slice(at, -1), ...cycle.slice(0, at), startAt!];
  return `prerequisites would form a cycle: ${cycle.map(codeOf).join(' → ')}`;
}

/** The rules that need the database's view: unique code, known references, current competencies, no cycle. */
export function checkCourse(
  data: CourseData,
  selfId: string,
  ctx: { refs: CatalogueRefs; courses: readonly CourseRecord[] },
  opts: { cycles?: boolean } = {},
): CourseCheck {
  const issues: CourseIssue[] = [];
  const clash = ctx.courses.find((c) => c.id !== selfId && c.code.toLowerCase() === data.code.toLowerCase());
  if (clash) issues.push({ path: ['code'], code: 'duplicate_code', message: `another course already has the code "${clash.code}"` });

  const positions = new Set(ctx.refs.positions.map((p) => p.id));
  if (data.eligiblePositionIds.some((id) => !positions.has(id))) return { missing: 'position', issues };
  const known = new Map(ctx.courses.map((c) => [c.id, c]));
  for (const [i, id] of data.prerequisiteIds.entries()) {
    if (id === selfId) issues.push({ path: ['prerequisiteIds', i], code: 'self_prerequisite', message: 'a course cannot require itself' });
    else if (!known.has(id)) return { missing: 'prerequisite course', issues };
  }

  const competencies = ctx.refs.competencies;
  if (!competencies) {
    issues.push({ path: ['raises'], code: 'no_framework', message: 'the administration has no competency framework yet; create it first' });
  } else {
    for (const [i, r] of data.raises.entries()) {
      if (!competencies.has(r.competencyCode)) {
        issues.push({ path: ['raises', i, 'competencyCode'], code: 'unknown_competency', message: `"${r.competencyCode}" is not a competency of the current framework` });
      }
    }
    const trainerCode = data.trainerQualification.competencyCode;
    if (trainerCode && !competencies.has(trainerCode)) {
      issues.push({ path: ['trainerQualification', 'competencyCode'], code: 'unknown_competency', message: `"${trainerCode}" is not a competency of the current framework` });
    }
  }

  if (opts.cycles !== false && !issues.some((i) => i.code === 'self_prerequisite')) {
    const codeOf = (id: string) => (id === selfId ? data.code : (known.get(id)?.code ?? id));
    const cycle = cycleMessage(prerequisiteGraph(ctx.courses, new Map([[selfId, data.prerequisiteIds]])), codeOf, selfId);
    if (cycle) issues.push({ path: ['prerequisiteIds'], code: 'prerequisite_cycle', message: cycle });
  }
  return { missing: null, issues };
}
