import type { TAttendanceStatus } from '@formasaun/shared';
import { Alert, Anchor, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { useCan } from '../auth/session';
import { useAttendance, useRecordAttendance } from './api';
import { ATTENDANCE_STATUSES, MarkBadge } from './AttendanceParts';

/** The session's attendance grid, participants × days; the trainer and the manager change a mark where it stands. */
export function AttendancePanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const allowed = can('AttendanceRecord');
  const grid = useAttendance(sessionId, allowed);
  const record = useRecordAttendance(sessionId);

  if (!allowed) return <Text c="dimmed">{t('attendance.onlyTrainers')}</Text>;
  if (grid.isPending) return <PageLoader />;
  if (grid.error) return <ErrorAlert error={grid.error} />;
  const g = grid.data;
  const save = (officerId: string, day: string, status: string) => {
    if (status) record.mutate({ entries: [{ officerId, day, status: status as TAttendanceStatus }] });
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          {g.canRecord ? t('attendance.gridHint') : t(`attendance.closed.${g.sessionStatus}`)}
        </Text>
        {g.canRecord && (
          <Anchor component={Link} to={`/sessions/${sessionId}/attendance`} size="sm">
            {t('attendance.phoneLink')}
          </Anchor>
        )}
      </Group>
      {record.error && <ErrorAlert error={record.error} />}
      {g.participants.length === 0 ? (
        <Alert color="gray">{t('attendance.noParticipants')}</Alert>
      ) : (
        <Table.ScrollContainer minWidth={260 + g.days.length * 130}>
          <Table striped verticalSpacing={4} aria-label={t('attendance.gridTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('attendance.participant')}</Table.Th>
                {g.days.map((d, i) => (
                  <Table.Th key={d.day}>
                    {t('attendance.dayN', { n: i + 1 })}
                    <Text size="xs" c="dimmed">
                      {formatDate(d.day)}
                    </Text>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {g.participants.map((p) => (
                <Table.Tr key={p.officerId}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {p.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {p.employeeNumber} · {p.orgUnitName}
                    </Text>
                  </Table.Td>
                  {g.days.map((d) => (
                    <Table.Td key={d.day}>
                      {g.canRecord && !d.isFuture ? (
                        <NativeSelect
                          size="xs"
                          aria-label={t('attendance.markOf', { name: p.name, day: formatDate(d.day) })}
                          value={p.marks[d.day] ?? ''}
                          onChange={(e) => save(p.officerId, d.day, e.currentTarget.value)}
                          data={[{ value: '', label: '—', disabled: true }, ...ATTENDANCE_STATUSES.map((s) => ({ value: s, label: t(`attendance.status.${s}`) }))]}
                        />
                      ) : (
                        <MarkBadge status={p.marks[d.day]} />
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
