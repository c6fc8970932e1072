import type { TCourseDelivery, TCourseMethod, TFunctionalArea } from '@formasaun/shared';

/** An English / Portuguese pair, in that order. */
export type Pair = readonly [en: string, pt: string];
/** Cost split in US dollars: trainer fees, venue, travel and per diem, materials. */
export type Split = readonly [trainerFees: number, venue: number, travelPerDiem: number, materials: number];

export interface DefaultCourse {
  code: string;
  area: TFunctionalArea;
  title: Pair;
  summary: Pair;
  /** 2–4 measurable outcomes. */
  outcomes: readonly Pair[];
  /** [competency code, levels gained, raises up to level (optional)]. */
  raises: readonly (readonly [code: string, levels: number, toLevel?: number])[];
  methods: readonly TCourseMethod[];
  delivery: TCourseDelivery;
  days: number;
  capacity: number;
  minParticipants: number;
  /** Codes of default courses. */
  prerequisites?: readonly string[];
  trainer: { text: string; competency?: readonly [code: string, minLevel: number] };
  trainersPerRun?: number;
  fixed: Split;
  perParticipant: Split;
  languages: readonly string[];
  maxRunsPerYear?: number;
}

/** Identity helper: lets the data files stay terse while the compiler checks every field. */
export const course = (c: DefaultCourse): DefaultCourse => c;

/** Local trainers teaching in Tetum, Portuguese or Indonesian; external experts teach in English with interpretation. */
export const LOCAL = ['tet', 'pt', 'id'] as const;
export const EXPERT = ['en', 'pt', 'tet'] as const;

// Cost rules of thumb in US dollars (Timor-Leste, 2017 prices), so that courses of one kind cost alike.
/** Run led by the administration's own trainers: allowances per trainer-day, a room, trainer travel, materials. */
export const localRun = (days: number, trainers = 1): Split => [250 * days * trainers, 150 * days, 300, 400];
/** Run led by external experts: fees per expert-day, flights and daily subsistence per expert. */
export const expertRun = (days: number, experts = 1): Split => [600 * days * experts, 150 * days, experts * (1800 + 180 * days), 500];
/** Per participant: meals per day, travel and per diem from border posts, a course folder; online courses need no travel. */
export const perHead = (days: number, opts: { online?: boolean; materials?: number } = {}): Split => [
  0,
  opts.online ? 0 : 8 * days,
  opts.online ? 0 : 15 * days,
  opts.materials ?? 20,
];
