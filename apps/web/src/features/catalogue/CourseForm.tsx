import { COST_CATEGORIES, COURSE_DELIVERIES, COURSE_METHODS, type TCostCategory, type TCourse, type TCourseInput } from '@formasaun/shared';
import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type CourseDraft, draftOf, emptyDraft, issuesByPath, issuesUnder, numberOf } from './course-draft';
import { areaOptions } from '../areas/labels';
import { formatMoney } from './labels';

type Option = { value: string; label: string };
type OptionGroup = { group: string; items: Option[] };

interface CourseFormProps {
  course: TCourse | null;
  currency: string;
  /** Competencies of the current framework, grouped by area; value = code. */
  competencyOptions: OptionGroup[];
  courseOptions: Option[];
  positionOptions: Option[];
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (draft: CourseDraft) => void;
}

const FIELDS = [
  'code', 'titleEn', 'titlePt', 'summaryEn', 'summaryPt', 'functionalArea', 'learningOutcomes', 'raises', 'methods', 'delivery', 'days', 'capacity',
  'minParticipants', 'prerequisiteIds', 'eligiblePositionIds', 'trainerQualification', 'trainersPerRun', 'trainerDays', 'fixedCostByCategory',
  'costPerParticipantByCategory', 'languages', 'maxRunsPerYear',
] satisfies (keyof TCourseInput)[];
const LEVELS = ['1', '2', '3', '4'];
const LANGUAGES = ['en', 'pt', 'tet', 'id', 'es', 'fr', 'vi'];

/** Create or edit a course; the API's VALIDATION details show beside the field (or row) they name. */
export function CourseForm({ course, currency, competencyOptions, courseOptions, positionOptions, pending, error, onCancel, onSubmit }: CourseFormProps) {
  const { t } = useTranslation();
  const [d, setDraft] = useState<CourseDraft>(() => (course ? draftOf(course) : emptyDraft()));
  const set = (patch: Partial<CourseDraft>) => setDraft((prev) => ({ ...prev, ...patch }));
  const issues = issuesByPath(error);
  const err = (path: string) => issues.get(path);
  const under = (path: string) => issuesUnder(issues, path);
  const money = (v: number) => formatMoney(v, currency);
  const sum = (r: Record<TCostCategory, number | string>) => COST_CATEGORIES.reduce((s, c) => s + (numberOf(r[c]) ?? 0), 0);
  const fixed = sum(d.fixed);
  const perParticipant = sum(d.perParticipant);
  const defaultTrainerDays = (numberOf(d.days) ?? 0) * (numberOf(d.trainersPerRun) ?? 1);
  // Codes already on the course stay selectable even when the current framework dropped them.
  const knownCodes = new Set(competencyOptions.flatMap((g) => g.items.map((i) => i.value)));
  const extraCodes = [...d.raises.map((r) => r.competencyCode), d.trainerCompetency].filter((c): c is string => !!c && !knownCodes.has(c));
  const competencyData = extraCodes.length ? [...competencyOptions, { group: '—', items: [...new Set(extraCodes)].map((c) => ({ value: c, label: c })) }] : competencyOptions;

  const setRaise = (i: number, patch: Partial<CourseDraft['raises'][number]>) => set({ raises: d.raises.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const setOutcome = (i: number, patch: Partial<CourseDraft['learningOutcomes'][number]>) =>
    set({ learningOutcomes: d.learningOutcomes.map((o, j) => (j === i ? { ...o, ...patch } : o)) });
  const costInputs = (key: 'fixed' | 'perParticipant', path: string) =>
    COST_CATEGORIES.map((cat) => (
      <NumberInput
        key={cat}
        label={t(`catalogue.cost.${cat}`)}
        value={d[key][cat]}
        onChange={(v) => set({ [key]: { ...d[key], [cat]: v } })}
        min={0}
        step={50}
        decimalScale={2}
        thousandSeparator=" "
        error={err(`${path}.${cat}`)}
      />
    ));

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(d);
      }}
    >
      <Stack gap="md">
        <Fieldset legend={t('catalogue.form.identity')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('catalogue.form.code')} description={t('catalogue.form.codeHint')} value={d.code} onChange={(e) => set({ code: e.currentTarget.value })} error={err('code')} required />
              <Select
                label={t('catalogue.form.area')}
                data={areaOptions(t)}
                value={d.functionalArea}
                onChange={(v) => set({ functionalArea: v })}
                error={err('functionalArea')}
                searchable
                required
              />
              <TextInput label={t('catalogue.form.titleEn')} value={d.titleEn} onChange={(e) => set({ titleEn: e.currentTarget.value })} error={err('titleEn')} required />
              <TextInput label={t('catalogue.form.titlePt')} value={d.titlePt} onChange={(e) => set({ titlePt: e.currentTarget.value })} error={err('titlePt')} required />
              <Textarea label={t('catalogue.form.summaryEn')} value={d.summaryEn} onChange={(e) => set({ summaryEn: e.currentTarget.value })} error={err('summaryEn')} autosize minRows={2} />
              <Textarea label={t('catalogue.form.summaryPt')} value={d.summaryPt} onChange={(e) => set({ summaryPt: e.currentTarget.value })} error={err('summaryPt')} autosize minRows={2} />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('catalogue.form.outcomes')}>
          <Stack gap="xs">
            <Text size="xs" c="dimmed">
              {t('catalogue.form.outcomesHint')}
            </Text>
            {d.learningOutcomes.map((o, i) => (
              <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
                <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ flex: 1 }} spacing="xs" verticalSpacing="xs">
                  <Textarea autosize minRows={1} aria-label={`${t('catalogue.form.outcomeEn')} ${i + 1}`} placeholder={t('catalogue.form.outcomeEn')} value={o.en} onChange={(e) => setOutcome(i, { en: e.currentTarget.value })} error={err(`learningOutcomes.${i}.en`)} />
                  <Textarea autosize minRows={1} aria-label={`${t('catalogue.form.outcomePt')} ${i + 1}`} placeholder={t('catalogue.form.outcomePt')} value={o.pt} onChange={(e) => setOutcome(i, { pt: e.currentTarget.value })} error={err(`learningOutcomes.${i}.pt`)} />
                </SimpleGrid>
                <ActionIcon variant="subtle" color="red" size="lg" aria-label={`${t('catalogue.form.remove')} ${i + 1}`} onClick={() => set({ learningOutcomes: d.learningOutcomes.filter((_, j) => j !== i) })}>
                  ×
                </ActionIcon>
              </Group>
            ))}
            {err('learningOutcomes') && <Text size="xs" c="red.8">{err('learningOutcomes')}</Text>}
            <Group>
              <Button variant="default" size="xs" onClick={() => set({ learningOutcomes: [...d.learningOutcomes, { en: '', pt: '' }] })}>
                {t('catalogue.form.addOutcome')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('catalogue.form.raises')}>
          <Stack gap="xs">
            {d.raises.map((r, i) => (
              <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
                {/* The competency's name is long: it gets a line of its own, the levels share the next. */}
                <SimpleGrid cols={{ base: 1, xs: 2 }} style={{ flex: 1 }} spacing="xs" verticalSpacing="xs">
                  <Select
                    style={{ gridColumn: '1 / -1' }}
                    label={t('catalogue.form.competency')}
                    data={competencyData}
                    value={r.competencyCode}
                    onChange={(v) => setRaise(i, { competencyCode: v })}
                    error={err(`raises.${i}.competencyCode`)}
                    searchable
                    required
                  />
                  <NumberInput label={t('catalogue.form.levels')} value={r.levels} onChange={(v) => setRaise(i, { levels: v })} min={0.5} max={4} step={0.5} decimalScale={1} error={err(`raises.${i}.levels`)} required />
                  <Select
                    label={t('catalogue.form.toLevel')}
                    data={LEVELS}
                    value={r.toLevel}
                    onChange={(v) => setRaise(i, { toLevel: v })}
                    placeholder={t('catalogue.form.noCap')}
                    clearable
                    error={err(`raises.${i}.toLevel`)}
                  />
                </SimpleGrid>
                <ActionIcon mt={24} variant="subtle" color="red" size="lg" aria-label={`${t('catalogue.form.remove')} ${r.competencyCode ?? i + 1}`} onClick={() => set({ raises: d.raises.filter((_, j) => j !== i) })}>
                  ×
                </ActionIcon>
              </Group>
            ))}
            {err('raises') && <Text size="xs" c="red.8">{err('raises')}</Text>}
            <Group>
              <Button variant="default" size="xs" onClick={() => set({ raises: [...d.raises, { competencyCode: null, levels: 1, toLevel: null }] })}>
                {t('catalogue.form.addRaise')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('catalogue.form.format')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <MultiSelect
              label={t('catalogue.form.methods')}
              data={COURSE_METHODS.map((m) => ({ value: m, label: t(`catalogue.method.${m}`) }))}
              value={d.methods}
              onChange={(v) => set({ methods: v })}
              error={under('methods')}
              required
            />
            <Select
              label={t('catalogue.form.delivery')}
              data={COURSE_DELIVERIES.map((m) => ({ value: m, label: t(`catalogue.delivery.${m}`) }))}
              value={d.delivery}
              onChange={(v) => set({ delivery: v })}
              error={err('delivery')}
              allowDeselect={false}
              required
            />
            <NumberInput label={t('catalogue.form.days')} value={d.days} onChange={(v) => set({ days: v })} min={0.5} step={0.5} decimalScale={1} error={err('days')} required />
            <NumberInput label={t('catalogue.form.capacity')} value={d.capacity} onChange={(v) => set({ capacity: v })} min={1} allowDecimal={false} error={err('capacity')} required />
            <NumberInput label={t('catalogue.form.minParticipants')} value={d.minParticipants} onChange={(v) => set({ minParticipants: v })} min={1} allowDecimal={false} error={err('minParticipants')} required />
            <NumberInput label={t('catalogue.form.maxRunsPerYear')} description={t('catalogue.form.maxRunsHint')} value={d.maxRunsPerYear} onChange={(v) => set({ maxRunsPerYear: v })} min={1} allowDecimal={false} error={err('maxRunsPerYear')} />
            <TagsInput
              label={t('catalogue.form.languages')}
              description={t('catalogue.form.languagesHint')}
              data={LANGUAGES}
              value={d.languages}
              onChange={(v) => set({ languages: v.map((l) => l.trim().toLowerCase()) })}
              error={under('languages')}
              required
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('catalogue.form.audience')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect label={t('catalogue.form.prerequisites')} data={courseOptions} value={d.prerequisiteIds} onChange={(v) => set({ prerequisiteIds: v })} error={under('prerequisiteIds')} searchable clearable />
            <MultiSelect
              label={t('catalogue.form.positions')}
              description={t('catalogue.form.positionsHint')}
              data={positionOptions}
              value={d.eligiblePositionIds}
              onChange={(v) => set({ eligiblePositionIds: v })}
              error={under('eligiblePositionIds')}
              searchable
              clearable
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('catalogue.form.trainers')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('catalogue.form.trainerText')} value={d.trainerText} onChange={(e) => set({ trainerText: e.currentTarget.value })} error={err('trainerQualification.text')} style={{ gridColumn: '1 / -1' }} />
            <Select style={{ gridColumn: '1 / -1' }} label={t('catalogue.form.trainerCompetency')} data={competencyData} value={d.trainerCompetency} onChange={(v) => set({ trainerCompetency: v })} error={err('trainerQualification.competencyCode')} searchable clearable />
            <Select label={t('catalogue.form.trainerLevel')} data={LEVELS} value={d.trainerLevel} onChange={(v) => set({ trainerLevel: v })} error={err('trainerQualification.minLevel') ?? err('trainerQualification')} clearable />
            <NumberInput label={t('catalogue.form.trainersPerRun')} value={d.trainersPerRun} onChange={(v) => set({ trainersPerRun: v })} min={1} allowDecimal={false} error={err('trainersPerRun')} required />
            <NumberInput
              label={t('catalogue.form.trainerDays')}
              description={t('catalogue.form.trainerDaysHint', { days: defaultTrainerDays })}
              value={d.trainerDays}
              onChange={(v) => set({ trainerDays: v })}
              min={0.5}
              step={0.5}
              decimalScale={1}
              error={err('trainerDays')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('catalogue.form.costs')}>
          <Stack gap="sm">
            <Text size="sm" fw={500}>
              {t('catalogue.form.fixed')}
            </Text>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>{costInputs('fixed', 'fixedCostByCategory')}</SimpleGrid>
            <Text size="sm" fw={500}>
              {t('catalogue.form.perParticipant')}
            </Text>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>{costInputs('perParticipant', 'costPerParticipantByCategory')}</SimpleGrid>
            {fixed + perParticipant === 0 && (
              <Alert color="yellow" variant="light" c="#6e4200" title={t('catalogue.form.zeroCostTitle')}>
                {t('catalogue.form.zeroCost')}
              </Alert>
            )}
            <Text size="sm" role="status">
              {t('catalogue.form.totals', { fixed: money(fixed), perParticipant: money(perParticipant), full: money(fixed + (numberOf(d.capacity) ?? 0) * perParticipant) })}
            </Text>
          </Stack>
        </Fieldset>

        {error ? <ErrorAlert error={error} fields={FIELDS} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
