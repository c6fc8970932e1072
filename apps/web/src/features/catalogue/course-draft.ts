import { COST_CATEGORIES, type TCostCategory, type TCourse, type TCourseInput } from '@formasaun/shared';
import { ApiError } from '../../api/client';

type Num = number | string;
/** The form's state: what the inputs hold, numbers possibly still being typed. */
export interface CourseDraft {
  code: string;
  titleEn: string;
  titlePt: string;
  summaryEn: string;
  summaryPt: string;
  functionalArea: string | null;
  learningOutcomes: { en: string; pt: string }[];
  raises: { competencyCode: string | null; levels: Num; toLevel: string | null }[];
  methods: string[];
  delivery: string | null;
  days: Num;
  capacity: Num;
  minParticipants: Num;
  prerequisiteIds: string[];
  eligiblePositionIds: string[];
  trainerText: string;
  trainerCompetency: string | null;
  trainerLevel: string | null;
  trainersPerRun: Num;
  /** Empty: days × trainers. */
  trainerDays: Num;
  fixed: Record<TCostCategory, Num>;
  perParticipant: Record<TCostCategory, Num>;
  languages: string[];
  maxRunsPerYear: Num;
}

const zeros = () => Object.fromEntries(COST_CATEGORIES.map((c) => [c, 0])) as Record<TCostCategory, Num>;

export function emptyDraft(): CourseDraft {
  return {
    code: '',
    titleEn: '',
    titlePt: '',
    summaryEn: '',
    summaryPt: '',
    functionalArea: null,
    learningOutcomes: [],
    raises: [{ competencyCode: null, levels: 1, toLevel: null }],
    methods: ['lecture'],
    delivery: 'classroom',
    days: 1,
    capacity: 20,
    minParticipants: 10,
    prerequisiteIds: [],
    eligiblePositionIds: [],
    trainerText: '',
    trainerCompetency: null,
    trainerLevel: null,
    trainersPerRun: 1,
    trainerDays: '',
    fixed: zeros(),
    perParticipant: zeros(),
    languages: ['en', 'pt'],
    maxRunsPerYear: '',
  };
}

export function draftOf(c: TCourse): CourseDraft {
  return {
    code: c.code,
    titleEn: c.titleEn,
    titlePt: c.titlePt,
    summaryEn: c.summaryEn,
    summaryPt: c.summaryPt,
    functionalArea: c.functionalArea,
    learningOutcomes: c.learningOutcomes.map((o) => ({ ...o })),
    raises: c.raises.map((r) => ({ competencyCode: r.competencyCode, levels: r.levels, toLevel: r.toLevel === null ? null : String(r.toLevel) })),
    methods: [...c.methods],
    delivery: c.delivery,
    days: c.days,
    capacity: c.capacity,
    minParticipants: c.minParticipants,
    prerequisiteIds: c.prerequisites.map((p) => p.id),
    eligiblePositionIds: c.eligiblePositions.map((p) => p.id),
    trainerText: c.trainerQualification.text,
    trainerCompetency: c.trainerQualification.competencyCode,
    trainerLevel: c.trainerQualification.minLevel === null ? null : String(c.trainerQualification.minLevel),
    trainersPerRun: c.trainersPerRun,
    trainerDays: c.isTrainerDaysDefault ? '' : c.trainerDays,
    fixed: { ...zeros(), ...c.fixedCostByCategory },
    perParticipant: { ...zeros(), ...c.costPerParticipantByCategory },
    languages: [...c.languages],
    maxRunsPerYear: c.maxRunsPerYear ?? '',
  };
}

/** Typed numbers; an empty box is null and the API names the field if it is required. */
export const numberOf = (v: Num): number | null => (v === '' || v === null ? null : Number(v));
const costs = (r: Record<TCostCategory, Num>) => Object.fromEntries(COST_CATEGORIES.map((c) => [c, numberOf(r[c]) ?? 0])) as Record<TCostCategory, number>;

/** The request body; the API checks every rule and answers with field paths. */
export function inputOf(d: CourseDraft): TCourseInput {
  return {
    code: d.code,
    titleEn: d.titleEn,
    titlePt: d.titlePt,
    summaryEn: d.summaryEn,
    summaryPt: d.summaryPt,
    functionalArea: d.functionalArea as TCourseInput['functionalArea'],
    learningOutcomes: d.learningOutcomes,
    raises: d.raises.map((r) => ({ competencyCode: r.competencyCode ?? '', levels: numberOf(r.levels) as number, toLevel: r.toLevel === null ? null : Number(r.toLevel) })),
    methods: d.methods as TCourseInput['methods'],
    delivery: d.delivery as TCourseInput['delivery'],
    days: numberOf(d.days) as number,
    capacity: numberOf(d.capacity) as number,
    minParticipants: numberOf(d.minParticipants) as number,
    prerequisiteIds: d.prerequisiteIds,
    eligiblePositionIds: d.eligiblePositionIds,
    trainerQualification: { text: d.trainerText, competencyCode: d.trainerCompetency, minLevel: d.trainerLevel === null ? null : Number(d.trainerLevel) },
    trainersPerRun: numberOf(d.trainersPerRun) as number,
    trainerDays: numberOf(d.trainerDays),
    fixedCostByCategory: costs(d.fixed),
    costPerParticipantByCategory: costs(d.perParticipant),
    languages: d.languages,
    maxRunsPerYear: numberOf(d.maxRunsPerYear),
  };
}

/** VALIDATION issues by their full path without "body." (e.g. "raises.0.competencyCode"). */
export function issuesByPath(error: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!(error instanceof ApiError)) return out;
  for (const issue of error.fieldIssues) {
    const key = issue.path.replace(/^body\.?/, '');
    out.set(key, out.has(key) ? `${out.get(key)}; ${issue.message}` : issue.message);
  }
  return out;
}

/** The messages at `prefix` or below it, joined: for inputs that hold a list (multi-selects). */
export function issuesUnder(issues: Map<string, string>, prefix: string): string | undefined {
  const found = [...issues].filter(([k]) => k === prefix || k.startsWith(`${prefix}.`)).map(([, m]) => m);
  return found.length ? [...new Set(found)].join('; ') : undefined;
}
