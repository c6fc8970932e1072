import type { TSessionSummary } from '@formasaun/shared';
import { Anchor, Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../components/format';
import { ScrollTable } from '../planning/ScrollTable';
import { STATUS_COLOR, titleOf } from './api';

/** Sessions as cards on a phone and as a table on wider screens; each links to its page. */
export function SessionList({ sessions }: { sessions: TSessionSummary[] }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  if (!sessions.length) return <Text c="dimmed">{t('sessions.noSessions')}</Text>;
  const dates = (s: TSessionSummary) => (s.startDay ? `${formatDate(s.startDay)} – ${formatDate(s.endDay)}` : (s.period ?? '—'));
  const status = (s: TSessionSummary) => (
    <Badge color={STATUS_COLOR[s.status]} variant="light">
      {t(`sessions.statusName.${s.status}`)}
    </Badge>
  );
  if (phone) {
    return (
      <Stack gap="xs">
        {sessions.map((s) => (
          <Card key={s.id} withBorder padding="sm" component={Link} to={`/sessions/${s.id}`}>
            <Group justify="space-between" wrap="nowrap">
              <Text fw={600}>{s.code}</Text>
              {status(s)}
            </Group>
            <Text size="sm">{titleOf(s)}</Text>
            <Text size="sm" c="dimmed">
              {dates(s)} · {s.roomName ?? '—'} · {s.enrolledCount}/{s.capacity}
            </Text>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <ScrollTable label={t('sessions.title')} minWidth={800}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sessions.code')}</Table.Th>
            <Table.Th>{t('sessions.course')}</Table.Th>
            <Table.Th>{t('sessions.dates')}</Table.Th>
            <Table.Th>{t('sessions.room')}</Table.Th>
            <Table.Th>{t('sessions.lead')}</Table.Th>
            <Table.Th>{t('sessions.seats')}</Table.Th>
            <Table.Th>{t('sessions.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Anchor component={Link} to={`/sessions/${s.id}`}>
                  {s.code}
                </Anchor>
              </Table.Td>
              <Table.Td>{titleOf(s)}</Table.Td>
              <Table.Td>{dates(s)}</Table.Td>
              <Table.Td>{s.roomName ? `${s.venueName} · ${s.roomName}` : '—'}</Table.Td>
              <Table.Td>{s.leadTrainerName ?? '—'}</Table.Td>
              <Table.Td>
                {s.enrolledCount}/{s.capacity}
              </Table.Td>
              <Table.Td>{status(s)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
