import { ZCourseCreate, type TCourse } from '@formasaun/shared';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { draftOf, emptyDraft, inputOf, issuesByPath, issuesUnder } from './course-draft';

const course: TCourse = {
  id: '00000000-0000-4000-8000-000000000001',
  code: 'HS-201',
  titleEn: 'HS classification: advanced',
  titlePt: 'Classificação pautal SH: nível avançado',
  summaryEn: '',
  summaryPt: '',
  functionalArea: 'tariff-classification',
  learningOutcomes: [{ en: 'Classify', pt: 'Classificar' }],
  raises: [{ competencyCode: 'hs-classification', levels: 1, toLevel: 3, nameEn: 'HS', namePt: 'SH' }],
  methods: ['lecture'],
  delivery: 'classroom',
  days: 5,
  capacity: 20,
  minParticipants: 10,
  prerequisites: [{ id: '00000000-0000-4000-8000-000000000002', code: 'HS-101', titleEn: 'a', titlePt: 'b' }],
  requiredBy: [],
  eligiblePositions: [],
  trainerQualification: { text: 'Expert', competencyCode: 'hs-classification', minLevel: 4 },
  trainersPerRun: 1,
  trainerDays: 5,
  isTrainerDaysDefault: true,
  fixedCostByCategory: { 'trainer-fees': 3000, venue: 750, 'travel-per-diem': 2700, materials: 500 },
  costPerParticipantByCategory: { 'trainer-fees': 0, venue: 40, 'travel-per-diem': 75, materials: 35 },
  fixedCost: 6950,
  costPerParticipant: 150,
  fullRunCost: 9950,
  languages: ['en', 'pt'],
  maxRunsPerYear: null,
  status: 'active',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('course draft', () => {
  it('turns a stored course into a draft and back into a body the API accepts', () => {
    const input = inputOf(draftOf(course));
    expect(ZCourseCreate.safeParse(input).success).toBe(true);
    expect(input).toMatchObject({ trainerDays: null, maxRunsPerYear: null, prerequisiteIds: [course.prerequisites[0]!.id], raises: [{ competencyCode: 'hs-classification', levels: 1, toLevel: 3 }] });
  });

  it('sends empty numbers as null so the API can name the field', () => {
    const d = { ...emptyDraft(), days: '' };
    expect(inputOf(d).days).toBeNull();
  });

  it('maps VALIDATION paths to fields, nested paths included', () => {
    const error = new ApiError('VALIDATION', 400, 'bad', [
      { path: 'body.raises.0.competencyCode', message: 'unknown' },
      { path: 'body.prerequisiteIds', message: 'cycle' },
      { path: 'body.prerequisiteIds.1', message: 'archived' },
    ]);
    const issues = issuesByPath(error);
    expect(issues.get('raises.0.competencyCode')).toBe('unknown');
    expect(issuesUnder(issues, 'prerequisiteIds')).toBe('cycle; archived');
    expect(issuesUnder(issues, 'methods')).toBeUndefined();
  });
});
