/** The proficiency scales an administration may start from. */
export interface ScaleLevelName {
  level: number;
  nameEn: string;
  namePt: string;
}

export const DEFAULT_SCALE: ScaleLevelName[] = [
  { level: 0, nameEn: 'None', namePt: 'Nenhum' },
  { level: 1, nameEn: 'Awareness', namePt: 'Conhecimento básico' },
  { level: 2, nameEn: 'Working knowledge', namePt: 'Conhecimento prático' },
  { level: 3, nameEn: 'Independent practitioner', namePt: 'Profissional autónomo' },
  { level: 4, nameEn: 'Expert, can teach', namePt: 'Especialista, pode ensinar' },
];

/** The EU customs competency framework's level names (Aware → Trained → Advanced → Expert) over the same 0–4 levels. */
export const CUSTCOMPEU_SCALE: ScaleLevelName[] = [
  { level: 0, nameEn: 'None', namePt: 'Nenhum' },
  { level: 1, nameEn: 'Aware', namePt: 'Sensibilizado' },
  { level: 2, nameEn: 'Trained', namePt: 'Formado' },
  { level: 3, nameEn: 'Advanced', namePt: 'Avançado' },
  { level: 4, nameEn: 'Expert', namePt: 'Especialista' },
];

export const SCALES = { default: DEFAULT_SCALE, custcompeu: CUSTCOMPEU_SCALE } as const;
export type ScaleChoice = keyof typeof SCALES;
