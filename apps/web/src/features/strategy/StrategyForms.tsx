import type { TGoal, TObjective, TStrategy, TFunctionalArea } from '@formasaun/shared';
import { Button, Group, MultiSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { areaOptions } from '../areas/labels';

interface FormProps<T> {
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (input: T) => void;
}

/** The buttons and unplaced errors every strategy form ends with. */
export function FormFooter({ error, fields, pending, onCancel }: { error: unknown; fields: readonly string[]; pending: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {error ? <ErrorAlert error={error} fields={fields} /> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={pending}>
          {t('common.save')}
        </Button>
      </Group>
    </>
  );
}

function Form({ onSubmit, children }: { onSubmit: () => void; children: ReactNode }) {
  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap="sm">{children}</Stack>
    </form>
  );
}

const nullIfBlank = (s: string) => (s.trim() === '' ? null : s);
const STRATEGY_FIELDS = ['title', 'fromYear', 'toYear', 'vision', 'mission'] as const;
export interface StrategyFields {
  title: string;
  fromYear: number;
  toYear: number;
  vision: string | null;
  mission: string | null;
}

export function StrategyForm({ strategy, defaultYear, ...props }: FormProps<StrategyFields> & { strategy: TStrategy | null; defaultYear: number }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(strategy?.title ?? '');
  const [fromYear, setFromYear] = useState<number | string>(strategy?.fromYear ?? defaultYear);
  const [toYear, setToYear] = useState<number | string>(strategy?.toYear ?? defaultYear + 2);
  const [vision, setVision] = useState(strategy?.vision ?? '');
  const [mission, setMission] = useState(strategy?.mission ?? '');
  const errors = fieldErrors(props.error);
  return (
    <Form onSubmit={() => props.onSubmit({ title, fromYear: Number(fromYear), toYear: Number(toYear), vision: nullIfBlank(vision), mission: nullIfBlank(mission) })}>
      <TextInput label={t('strategy.titleField')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} required />
      <SimpleGrid cols={2}>
        <NumberInput label={t('strategy.fromYear')} value={fromYear} onChange={setFromYear} min={2000} max={2100} allowDecimal={false} error={errors.fromYear} required />
        <NumberInput label={t('strategy.toYear')} value={toYear} onChange={setToYear} min={2000} max={2100} allowDecimal={false} error={errors.toYear} required />
      </SimpleGrid>
      <Textarea label={t('strategy.vision')} value={vision} onChange={(e) => setVision(e.currentTarget.value)} error={errors.vision} autosize minRows={2} />
      <Textarea label={t('strategy.mission')} value={mission} onChange={(e) => setMission(e.currentTarget.value)} error={errors.mission} autosize minRows={3} />
      <FormFooter error={props.error} fields={STRATEGY_FIELDS} pending={props.pending} onCancel={props.onCancel} />
    </Form>
  );
}

const GOAL_FIELDS = ['title', 'description'] as const;
export function GoalForm({ goal, ...props }: FormProps<{ title: string; description: string | null }> & { goal: TGoal | null }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(goal?.title ?? '');
  const [description, setDescription] = useState(goal?.description ?? '');
  const errors = fieldErrors(props.error);
  return (
    <Form onSubmit={() => props.onSubmit({ title, description: nullIfBlank(description) })}>
      <TextInput label={t('strategy.goalTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} required />
      <Textarea label={t('strategy.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} autosize minRows={2} />
      <FormFooter error={props.error} fields={GOAL_FIELDS} pending={props.pending} onCancel={props.onCancel} />
    </Form>
  );
}

const OBJECTIVE_FIELDS = ['title', 'description', 'functionalAreas'] as const;
export function ObjectiveForm({
  objective,
  ...props
}: FormProps<{ title: string; description: string | null; functionalAreas: TFunctionalArea[] }> & { objective: TObjective | null }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(objective?.title ?? '');
  const [description, setDescription] = useState(objective?.description ?? '');
  const [areas, setAreas] = useState<string[]>(objective?.functionalAreas ?? []);
  const errors = fieldErrors(props.error);
  return (
    <Form onSubmit={() => props.onSubmit({ title, description: nullIfBlank(description), functionalAreas: areas as TFunctionalArea[] })}>
      <TextInput label={t('strategy.objectiveTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} required />
      <Textarea label={t('strategy.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} autosize minRows={2} />
      <MultiSelect
        label={t('strategy.functionalAreas')}
        description={t('strategy.functionalAreasHint')}
        data={areaOptions(t)}
        value={areas}
        onChange={setAreas}
        searchable
        clearable
        error={errors.functionalAreas}
        nothingFoundMessage={t('common.nothingFound')}
      />
      <FormFooter error={props.error} fields={OBJECTIVE_FIELDS} pending={props.pending} onCancel={props.onCancel} />
    </Form>
  );
}
