import {
  TRAINER_PATH,
  type TTrainerDetail,
  type TTrainerEvidenceInput,
  type TTrainerInput,
  type TTrainerLeave,
  type TTrainerLeaveInput,
  type TTrainerPathStatus,
  type TTrainerQualificationInput,
  type TTrainerQualificationStatusInput,
  type TTrainerUpdate,
} from '@formasaun/shared';
import { Checkbox, NumberInput, SegmentedControl, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/errors';
import { currentLocale } from '../../i18n';
import { useCourses } from '../catalogue/api';
import { FormFooter } from '../strategy/StrategyForms';
import { OfficerSearchSelect } from '../users/OfficerPicker';

interface FormProps<T> {
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (input: T) => void;
}
const submit = (fn: () => void) => (e: React.FormEvent) => {
  e.preventDefault();
  fn();
};
const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

const TRAINER_FIELDS = ['kind', 'officerId', 'name', 'organisation', 'email', 'phone', 'dailyFee', 'daysPerQuarter', 'languages', 'active', 'notes'] as const;

/** Adds an internal trainer (an officer record) or an external expert; edits either (internal: pool fields only). */
export function TrainerForm({ trainer, kind, ...props }: FormProps<TTrainerInput | TTrainerUpdate> & { trainer: TTrainerDetail | null; kind: 'internal' | 'external' }) {
  const { t } = useTranslation();
  const [officerId, setOfficerId] = useState<string | null>(null);
  const [name, setName] = useState(trainer?.name ?? '');
  const [organisation, setOrganisation] = useState(trainer?.organisation ?? '');
  const [email, setEmail] = useState(trainer?.email ?? '');
  const [phone, setPhone] = useState(trainer?.phone ?? '');
  const [dailyFee, setDailyFee] = useState<number | string>(trainer?.dailyFee ?? '');
  const [days, setDays] = useState<number | string>(trainer?.daysPerQuarter ?? 10);
  const [languages, setLanguages] = useState<string[]>(trainer?.languages ?? []);
  const [active, setActive] = useState(trainer?.active ?? true);
  const [notes, setNotes] = useState(trainer?.notes ?? '');
  const errors = fieldErrors(props.error);
  const pool = { daysPerQuarter: Number(days), languages, active, notes: orNull(notes) };
  const external = { name, organisation: orNull(organisation), email: orNull(email), phone: orNull(phone), dailyFee: dailyFee === '' ? null : Number(dailyFee) };
  return (
    <form
      onSubmit={submit(() => {
        if (trainer) props.onSubmit(kind === 'external' ? { ...external, ...pool } : pool);
        else if (kind === 'internal') props.onSubmit({ kind, officerId: officerId ?? '', ...pool });
        else props.onSubmit({ kind, ...external, ...pool });
      })}
    >
      <Stack gap="sm">
        {kind === 'internal' && !trainer && (
          <OfficerSearchSelect
            label={t('trainers.officer')}
            description={t('trainers.officerHint')}
            placeholder={t('trainers.officerSearch')}
            typeToSearch={t('trainers.typeToSearch')}
            value={officerId}
            onChange={setOfficerId}
            error={errors.officerId}
          />
        )}
        {kind === 'external' && (
          <>
            <TextInput label={t('trainers.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} required />
            <TextInput label={t('trainers.organisation')} description={t('trainers.organisationHint')} value={organisation} onChange={(e) => setOrganisation(e.currentTarget.value)} error={errors.organisation} />
            <TextInput label={t('trainers.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.email} />
            <TextInput label={t('trainers.phone')} value={phone} onChange={(e) => setPhone(e.currentTarget.value)} error={errors.phone} />
            <NumberInput label={t('trainers.dailyFee')} value={dailyFee} onChange={setDailyFee} min={0} decimalScale={2} error={errors.dailyFee} />
          </>
        )}
        <NumberInput label={t('trainers.daysPerQuarter')} description={t('trainers.daysPerQuarterHint')} value={days} onChange={setDays} min={0} max={92} step={0.5} decimalScale={1} error={errors.daysPerQuarter} />
        <TagsInput label={t('trainers.languages')} description={t('trainers.languagesHint')} value={languages} onChange={setLanguages} error={errors.languages} />
        <Checkbox label={t('trainers.activeLabel')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
        <Textarea label={t('trainers.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.notes} autosize minRows={2} />
        <FormFooter error={props.error} fields={TRAINER_FIELDS} pending={props.pending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}

export const statusOptions = (t: (k: string) => string) => TRAINER_PATH.map((s) => ({ value: s, label: t(`trainers.path.${s}`) }));

/** A qualification for one course of the catalogue or for a competency code, with its first evidence. */
export function QualificationForm(props: FormProps<TTrainerQualificationInput>) {
  const { t } = useTranslation();
  const courses = useCourses({ status: 'active' });
  const [by, setBy] = useState<'course' | 'competency'>('course');
  const [courseId, setCourseId] = useState<string | null>(null);
  const [competencyCode, setCompetencyCode] = useState('');
  const [status, setStatus] = useState<TTrainerPathStatus>('trained');
  const [since, setSince] = useState('');
  const [note, setNote] = useState('');
  const errors = fieldErrors(props.error);
  const pt = currentLocale() === 'pt';
  return (
    <form
      onSubmit={submit(() =>
        props.onSubmit({
          ...(by === 'course' ? { courseId } : { competencyCode: competencyCode.trim() }),
          status,
          ...(since ? { since } : {}),
          note: orNull(note),
        }),
      )}
    >
      <Stack gap="sm">
        <SegmentedControl
          value={by}
          onChange={(v) => setBy(v)}
          data={[
            { value: 'course', label: t('trainers.forCourse') },
            { value: 'competency', label: t('trainers.forCompetency') },
          ]}
        />
        {by === 'course' ? (
          <Select
            label={t('trainers.course')}
            searchable
            data={(courses.data ?? []).map((c) => ({ value: c.id, label: `${c.code} — ${pt ? c.titlePt : c.titleEn}` }))}
            value={courseId}
            onChange={setCourseId}
            error={errors.courseId}
            required
          />
        ) : (
          <TextInput label={t('trainers.competencyCode')} placeholder="valuation-basics" value={competencyCode} onChange={(e) => setCompetencyCode(e.currentTarget.value)} error={errors.competencyCode} required />
        )}
        <Select label={t('trainers.status')} data={statusOptions(t)} value={status} onChange={(v) => v && setStatus(v)} allowDeselect={false} />
        <TextInput type="date" label={t('trainers.since')} value={since} onChange={(e) => setSince(e.currentTarget.value)} error={errors.since} />
        <Textarea label={t('trainers.evidenceNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} autosize minRows={2} />
        <FormFooter error={props.error} fields={['courseId', 'competencyCode', 'status', 'since', 'note']} pending={props.pending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}

/** Moves a qualification along the path; moving back needs a note. */
export function StatusForm({ current, ...props }: FormProps<TTrainerQualificationStatusInput> & { current: TTrainerPathStatus }) {
  const { t } = useTranslation();
  const next = TRAINER_PATH[Math.min(TRAINER_PATH.indexOf(current) + 1, TRAINER_PATH.length - 1)]!;
  const [status, setStatus] = useState<TTrainerPathStatus>(next);
  const [day, setDay] = useState('');
  const [note, setNote] = useState('');
  const errors = fieldErrors(props.error);
  const down = TRAINER_PATH.indexOf(status) < TRAINER_PATH.indexOf(current);
  return (
    <form onSubmit={submit(() => props.onSubmit({ status, note: orNull(note), ...(day ? { day } : {}) }))}>
      <Stack gap="sm">
        <Select label={t('trainers.newStatus')} data={statusOptions(t)} value={status} onChange={(v) => v && setStatus(v)} allowDeselect={false} error={errors.status} />
        <TextInput type="date" label={t('trainers.day')} value={day} onChange={(e) => setDay(e.currentTarget.value)} error={errors.day} />
        <Textarea
          label={down ? t('trainers.demotionNote') : t('trainers.evidenceNote')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
          required={down}
          autosize
          minRows={2}
        />
        <FormFooter error={props.error} fields={['status', 'day', 'note']} pending={props.pending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}

export function EvidenceForm(props: FormProps<TTrainerEvidenceInput>) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'course_attended' | 'co_delivered' | 'observation'>('co_delivered');
  const [result, setResult] = useState<'meets' | 'exceeds' | 'below' | null>(null);
  const [day, setDay] = useState('');
  const [note, setNote] = useState('');
  const errors = fieldErrors(props.error);
  return (
    <form onSubmit={submit(() => props.onSubmit({ kind, ...(day ? { day } : {}), observationResult: kind === 'observation' ? result : null, note: orNull(note) }))}>
      <Stack gap="sm">
        <Select
          label={t('trainers.evidenceKind')}
          data={(['course_attended', 'co_delivered', 'observation'] as const).map((k) => ({ value: k, label: t(`trainers.events.${k}`) }))}
          value={kind}
          onChange={(v) => v && setKind(v)}
          allowDeselect={false}
        />
        {kind === 'observation' && (
          <Select
            label={t('trainers.observationResult')}
            data={(['exceeds', 'meets', 'below'] as const).map((r) => ({ value: r, label: t(`trainers.results.${r}`) }))}
            value={result}
            onChange={(v) => setResult(v)}
            error={errors.observationResult}
            required
          />
        )}
        <TextInput type="date" label={t('trainers.day')} value={day} onChange={(e) => setDay(e.currentTarget.value)} error={errors.day} />
        <Textarea label={t('trainers.notes')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} autosize minRows={2} />
        <FormFooter error={props.error} fields={['kind', 'day', 'observationResult', 'note']} pending={props.pending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}

export function LeaveForm({ leave, ...props }: FormProps<TTrainerLeaveInput> & { leave: TTrainerLeave | null }) {
  const { t } = useTranslation();
  const [fromDay, setFromDay] = useState(leave?.fromDay ?? '');
  const [toDay, setToDay] = useState(leave?.toDay ?? '');
  const [reason, setReason] = useState(leave?.reason ?? '');
  const errors = fieldErrors(props.error);
  return (
    <form onSubmit={submit(() => props.onSubmit({ fromDay, toDay, reason: orNull(reason) }))}>
      <Stack gap="sm">
        <TextInput type="date" label={t('trainers.from')} value={fromDay} onChange={(e) => setFromDay(e.currentTarget.value)} error={errors.fromDay} required />
        <TextInput type="date" label={t('trainers.to')} value={toDay} onChange={(e) => setToDay(e.currentTarget.value)} error={errors.toDay} required />
        <TextInput label={t('trainers.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} />
        <FormFooter error={props.error} fields={['fromDay', 'toDay', 'reason']} pending={props.pending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}
