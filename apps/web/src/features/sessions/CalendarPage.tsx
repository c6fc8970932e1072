import { FUNCTIONAL_AREAS, type TSessionQuery, type TSessionSummary } from '@formasaun/shared';
import { Badge, Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { currentLocale } from '../../i18n';
import { STATUS_COLOR, titleOf, useRoomOptions, useSessions, useTrainerOptions } from './api';
import { SessionList } from './SessionList';

const PALETTE = ['blue', 'teal', 'grape', 'orange', 'cyan', 'lime', 'pink', 'indigo', 'red', 'yellow', 'violet', 'green'];
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));
const mondayOf = (day: string) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));

/** The centre calendar: month and week grids of sessions (a list on phones), coloured by functional area or status. */
export default function CalendarPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 48em)');
  const [view, setView] = useState<'month' | 'week'>('month');
  const [colour, setColour] = useState<'area' | 'status'>('area');
  const [anchor, setAnchor] = useState(iso(new Date()));
  const [filters, setFilters] = useState<Pick<TSessionQuery, 'roomId' | 'trainerId' | 'functionalArea'>>({});
  const rooms = useRoomOptions();
  const trainers = useTrainerOptions();

  const monthStart = `${anchor.slice(0, 7)}-01`;
  const from = view === 'month' ? mondayOf(monthStart) : mondayOf(anchor);
  const to = addDays(from, view === 'month' ? 41 : 6);
  const sessions = useSessions({ ...filters, from, to });
  const colourOf = (s: TSessionSummary) => (colour === 'status' ? STATUS_COLOR[s.status]! : PALETTE[FUNCTIONAL_AREAS.indexOf(s.functionalArea as never) % PALETTE.length]!);
  const move = (n: number) => setAnchor(view === 'month' ? iso(new Date(Date.UTC(Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7)) - 1 + n, 1))) : addDays(anchor, 7 * n));
  const days = Array.from({ length: view === 'month' ? 42 : 7 }, (_, i) => addDays(from, i));
  const weekdayName = new Intl.DateTimeFormat(currentLocale() === 'pt' ? 'pt-PT' : 'en-GB', { weekday: 'short', timeZone: 'UTC' });
  const label = new Intl.DateTimeFormat(currentLocale() === 'pt' ? 'pt-PT' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${anchor}T00:00:00Z`));

  return (
    <Stack>
      <Title order={1}>{t('sessions.calendar.title')}</Title>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <Select label={t('sessions.room')} clearable searchable placeholder={t('sessions.any')} data={(rooms.data ?? []).map((r) => ({ value: r.id, label: r.label }))} value={filters.roomId ?? null} onChange={(v) => setFilters({ ...filters, roomId: v ?? undefined })} />
        <Select label={t('sessions.trainer')} clearable searchable placeholder={t('sessions.any')} data={(trainers.data ?? []).map((x) => ({ value: x.id, label: x.name }))} value={filters.trainerId ?? null} onChange={(v) => setFilters({ ...filters, trainerId: v ?? undefined })} />
        <Select label={t('sessions.functionalArea')} clearable searchable placeholder={t('sessions.any')} data={FUNCTIONAL_AREAS.map((a) => ({ value: a, label: t(`functionalArea.${a}`, { defaultValue: a }) }))} value={filters.functionalArea ?? null} onChange={(v) => setFilters({ ...filters, functionalArea: (v as TSessionQuery['functionalArea']) ?? undefined })} />
      </SimpleGrid>
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Button variant="default" onClick={() => move(-1)}>{t('sessions.calendar.previous')}</Button>
          <Button variant="default" onClick={() => setAnchor(iso(new Date()))}>{t('sessions.calendar.today')}</Button>
          <Button variant="default" onClick={() => move(1)}>{t('sessions.calendar.next')}</Button>
          <Text fw={600}>{view === 'month' ? label : `${from} – ${to}`}</Text>
        </Group>
        <Group gap="xs">
          <SegmentedControl value={view} onChange={(v) => setView(v)} data={[{ value: 'month', label: t('sessions.calendar.month') }, { value: 'week', label: t('sessions.calendar.week') }]} />
          <SegmentedControl value={colour} onChange={(v) => setColour(v)} aria-label={t('sessions.calendar.colourBy')} data={[{ value: 'area', label: t('sessions.calendar.byArea') }, { value: 'status', label: t('sessions.calendar.byStatus') }]} />
        </Group>
      </Group>
      {sessions.error ? (
        <ErrorAlert error={sessions.error} />
      ) : !sessions.data ? (
        <PageLoader />
      ) : phone ? (
        <SessionList sessions={sessions.data} />
      ) : (
        <SimpleGrid cols={7} spacing={4}>
          {days.slice(0, 7).map((day) => (
            <Text key={`head-${day}`} size="sm" fw={600} ta="center">
              {weekdayName.format(new Date(`${day}T00:00:00Z`))}
            </Text>
          ))}
          {days.map((day) => {
            const today = sessions.data.filter((s) => s.startDay && s.startDay <= day && (s.endDay ?? s.startDay) >= day);
            const outside = view === 'month' && day.slice(0, 7) !== anchor.slice(0, 7);
            return (
              <Paper key={day} withBorder p={4} mih={view === 'month' ? 90 : 240} bg={outside ? 'var(--mantine-color-default-hover)' : undefined}>
                <Text size="xs" c="dimmed">{Number(day.slice(8))}</Text>
                <Stack gap={2}>
                  {today.map((s) => (
                    <UnstyledButton key={s.id} onClick={() => void navigate(`/sessions/${s.id}`)} title={`${s.code} — ${titleOf(s)}`}>
                      <Badge fullWidth radius="sm" color={colourOf(s)} variant={s.status === 'draft' ? 'outline' : 'light'} style={{ textTransform: 'none', justifyContent: 'flex-start' }}>
                        {s.courseCode}
                      </Badge>
                    </UnstyledButton>
                  ))}
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
      )}
    </Stack>
  );
}
