import type { TAttendanceStatus } from '@formasaun/shared';
import { Alert, Anchor, Button, Group, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, today } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { useAttendance, useRecordAttendance } from './api';
import { ATTENDANCE_STATUSES, STATUS_COLOR, titleIn } from './AttendanceParts';

/** The day to open on: today when it is a session day, else the last day that has come, else the first. */
function initialDay(days: { day: string; isFuture: boolean }[]): string | undefined {
  const now = today();
  return days.find((d) => d.day === now)?.day ?? days.filter((d) => !d.isFuture).at(-1)?.day ?? days[0]?.day;
}

/**
 * Taking attendance on a phone: one day at a time, a card per participant with four large buttons; each tap is
 * saved at once, so a dropped connection loses at most the last tap (and says so).
 */
export default function AttendancePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const grid = useAttendance(id);
  const record = useRecordAttendance(id);
  const [chosen, setChosen] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);

  if (grid.isPending) return <PageLoader />;
  if (grid.error) return <ErrorAlert error={grid.error} />;
  const g = grid.data;
  const day = chosen ?? initialDay(g.days);
  const current = g.days.find((d) => d.day === day);
  const editable = g.canRecord && current !== undefined && !current.isFuture;
  const missing = g.participants.filter((p) => day && !p.marks[day]);

  const mark = (officerIds: string[], status: TAttendanceStatus) => {
    if (!day || !officerIds.length) return;
    setPending(officerIds.length === 1 ? `${officerIds[0]}|${status}` : 'all');
    record.mutate({ entries: officerIds.map((officerId) => ({ officerId, day, status })) }, { onSettled: () => setPending(null) });
  };

  return (
    <Stack gap="md" maw={720}>
      <Stack gap={2}>
        <Anchor component={Link} to={`/sessions/${id}`} size="sm">
          {t('attendance.backToSession', { code: g.sessionCode })}
        </Anchor>
        <Title order={2}>{t('attendance.pageTitle')}</Title>
        <Text c="dimmed">{titleIn(g.courseTitle)}</Text>
      </Stack>
      {/* Three day buttons still fit a phone's width; longer sessions pick the day from a list. */}
      {g.days.length > 1 && g.days.length <= 3 && (
        <SegmentedControl fullWidth size="md" value={day ?? ''} onChange={setChosen} aria-label={t('attendance.chooseDay')} data={g.days.map((d, i) => ({ value: d.day, label: t('attendance.dayN', { n: i + 1 }) }))} />
      )}
      {g.days.length > 3 && (
        <NativeSelect
          size="md"
          label={t('attendance.chooseDay')}
          value={day ?? ''}
          onChange={(e) => setChosen(e.currentTarget.value)}
          data={g.days.map((d, i) => ({ value: d.day, label: `${t('attendance.dayN', { n: i + 1 })} · ${formatDate(d.day)}` }))}
        />
      )}
      {current && (
        <Text fw={500}>
          {formatDate(current.day)} · {current.startsAt}–{current.endsAt}
        </Text>
      )}
      {!g.canRecord && <Alert color="gray">{t(`attendance.closed.${g.sessionStatus}`)}</Alert>}
      {g.canRecord && current?.isFuture && <Alert color="blue">{t('attendance.notYet')}</Alert>}
      {record.error && <ErrorAlert error={record.error} />}
      {g.participants.length === 0 && <Alert color="gray">{t('attendance.noParticipants')}</Alert>}
      {editable && missing.length > 0 && (
        <Button variant="light" color="teal" size="md" loading={pending === 'all'} onClick={() => mark(missing.map((p) => p.officerId), 'present')}>
          {t('attendance.restPresent', { count: missing.length })}
        </Button>
      )}
      {day &&
        g.participants.map((p) => {
          const status = p.marks[day];
          return (
            <Paper key={p.officerId} withBorder p="sm" radius="md">
              <Group justify="space-between" mb="xs" wrap="nowrap">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text fw={600} truncate>
                    {p.name}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {p.employeeNumber} · {p.orgUnitName}
                  </Text>
                </Stack>
                {!status && (
                  <Text size="xs" c="dimmed">
                    {t('attendance.notMarked')}
                  </Text>
                )}
              </Group>
              <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs" role="group" aria-label={t('attendance.markOf', { name: p.name, day: formatDate(day) })}>
                {ATTENDANCE_STATUSES.map((s) => (
                  <Button
                    key={s}
                    size="lg"
                    h={52}
                    disabled={!editable}
                    color={STATUS_COLOR[s]}
                    variant={status === s ? 'filled' : 'default'}
                    aria-pressed={status === s}
                    loading={pending === `${p.officerId}|${s}`}
                    onClick={() => mark([p.officerId], s)}
                  >
                    {t(`attendance.status.${s}`)}
                  </Button>
                ))}
              </SimpleGrid>
            </Paper>
          );
        })}
    </Stack>
  );
}
