import type { TCompetencyGroup } from '@formasaun/shared';

/** An English / Portuguese pair, in that order. */
export type Pair = readonly [en: string, pt: string];

export interface DefaultCompetency {
  code: string;
  nameEn: string;
  namePt: string;
  descriptionEn: string;
  descriptionPt: string;
  /** Levels "1".."4": what an officer at that level does. */
  indicators: Record<'1' | '2' | '3' | '4', { en: string; pt: string }>;
}

export interface DefaultArea {
  code: string;
  group: TCompetencyGroup;
  nameEn: string;
  namePt: string;
  competencies: DefaultCompetency[];
}

/** Keeps the data files short: one line per level, English then Portuguese. */
export function competency(code: string, name: Pair, description: Pair, levels: readonly [Pair, Pair, Pair, Pair]): DefaultCompetency {
  const [l1, l2, l3, l4] = levels.map(([en, pt]) => ({ en, pt }));
  return {
    code,
    nameEn: name[0],
    namePt: name[1],
    descriptionEn: description[0],
    descriptionPt: description[1],
    indicators: { '1': l1!, '2': l2!, '3': l3!, '4': l4! },
  };
}

export function area(code: string, group: TCompetencyGroup, name: Pair, competencies: DefaultCompetency[]): DefaultArea {
  return { code, group, nameEn: name[0], namePt: name[1], competencies };
}
