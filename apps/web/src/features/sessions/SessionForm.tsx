import type { TSessionConflict, TSessionDetail, TSessionInput } from '@formasaun/shared';
import { Alert, Button, Group, List, MultiSelect, NumberInput, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { conflictText, titleOf, useCourseOptions, useRoomOptions, useTrainerOptions } from './api';

type Day = { day: string; startsAt: string; endsAt: string };

/** The conflicts a refused save names (409 with the conflict list as details). */
function conflictsOf(error: unknown): TSessionConflict[] {
  if (!(error instanceof ApiError) || error.code !== 'CONFLICT' || !Array.isArray(error.details)) return [];
  return (error.details as unknown[]).filter((d): d is TSessionConflict => typeof d === 'object' && d !== null && 'code' in d && 'params' in d);
}

/** Conflicts in words, in the interface language. */
export function ConflictList({ conflicts, title, color }: { conflicts: TSessionConflict[]; title: string; color: string }) {
  const { t } = useTranslation();
  if (!conflicts.length) return null;
  return (
    <Alert color={color} variant="light" title={title} role={color === 'red' ? 'alert' : 'status'}>
      <List size="sm">
        {conflicts.map((c, i) => (
          <List.Item key={`${c.code}-${i}`}>{conflictText(t, c)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** New session or edit: course (new only), days with times, room, trainers, language, capacity. */
export function SessionForm({ session, pending, error, onSubmit }: { session: TSessionDetail | null; pending: boolean; error: unknown; onSubmit: (input: TSessionInput) => void }) {
  const { t } = useTranslation();
  const courses = useCourseOptions();
  const rooms = useRoomOptions();
  const trainers = useTrainerOptions();
  const [courseId, setCourseId] = useState<string | null>(session?.courseId ?? null);
  const [days, setDays] = useState<Day[]>(session?.days ?? []);
  const [roomId, setRoomId] = useState<string | null>(session?.roomId ?? null);
  const [lead, setLead] = useState<string | null>(session?.trainers.find((x) => x.role === 'lead')?.trainerId ?? null);
  const [cos, setCos] = useState<string[]>(session?.trainers.filter((x) => x.role === 'co').map((x) => x.trainerId) ?? []);
  const [language, setLanguage] = useState(session?.language ?? 'pt');
  const [capacity, setCapacity] = useState<number | string>(session?.capacity ?? '');
  const [open, setOpen] = useState(session?.openForRequests ?? false);
  const [notes, setNotes] = useState(session?.notes ?? '');
  const trainerData = (trainers.data ?? []).map((x) => ({ value: x.id, label: x.name }));
  const conflicts = conflictsOf(error);

  const submit = () =>
    onSubmit({
      courseId: courseId ?? '',
      days,
      roomId,
      trainers: [...(lead ? [{ trainerId: lead, role: 'lead' as const }] : []), ...cos.filter((c) => c !== lead).map((trainerId) => ({ trainerId, role: 'co' as const }))],
      language,
      capacity: typeof capacity === 'number' ? capacity : undefined,
      openForRequests: open,
      notes: notes.trim() ? notes : null,
    });

  return (
    <Stack>
      {!session && (
        <Select
          label={t('sessions.course')}
          searchable
          required
          data={(courses.data ?? []).map((c) => ({ value: c.id, label: `${c.code} — ${titleOf(c)}` }))}
          value={courseId}
          onChange={setCourseId}
        />
      )}
      <Stack gap="xs">
        {days.map((d, i) => (
          <Group key={i} gap="xs" align="end" wrap="wrap">
            <TextInput type="date" label={t('sessions.day')} value={d.day} onChange={(e) => setDays(days.map((x, j) => (j === i ? { ...x, day: e.currentTarget.value } : x)))} />
            <TextInput type="time" w={110} label={t('sessions.startsAt')} value={d.startsAt} onChange={(e) => setDays(days.map((x, j) => (j === i ? { ...x, startsAt: e.currentTarget.value } : x)))} />
            <TextInput type="time" w={110} label={t('sessions.endsAt')} value={d.endsAt} onChange={(e) => setDays(days.map((x, j) => (j === i ? { ...x, endsAt: e.currentTarget.value } : x)))} />
            <Button variant="subtle" color="red" onClick={() => setDays(days.filter((_, j) => j !== i))}>
              {t('sessions.remove')}
            </Button>
          </Group>
        ))}
        <Button variant="default" onClick={() => setDays([...days, { day: days.at(-1)?.day ?? '', startsAt: '08:30', endsAt: '16:30' }])}>
          {t('sessions.addDay')}
        </Button>
      </Stack>
      <Select label={t('sessions.room')} searchable clearable data={(rooms.data ?? []).map((r) => ({ value: r.id, label: r.label }))} value={roomId} onChange={setRoomId} />
      <Select label={t('sessions.lead')} searchable clearable data={trainerData} value={lead} onChange={setLead} />
      <MultiSelect label={t('sessions.coTrainers')} searchable data={trainerData.filter((x) => x.value !== lead)} value={cos} onChange={setCos} />
      <Group grow>
        <Select label={t('sessions.language')} data={['pt', 'en', 'tet', 'id']} value={language} onChange={(v) => setLanguage(v ?? 'pt')} />
        <NumberInput label={t('sessions.capacity')} min={1} max={500} value={capacity} onChange={setCapacity} />
      </Group>
      <Switch label={t('sessions.openForRequests')} checked={open} onChange={(e) => setOpen(e.currentTarget.checked)} />
      <Textarea label={t('sessions.notes')} autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
      {conflicts.length ? <ConflictList conflicts={conflicts.filter((c) => c.severity === 'error')} title={t('sessions.conflicts')} color="red" /> : <ErrorAlert error={error} />}
      <Group justify="flex-end">
        <Button loading={pending} disabled={!session && !courseId} onClick={submit}>
          {session ? t('sessions.save') : t('sessions.create')}
        </Button>
      </Group>
    </Stack>
  );
}
