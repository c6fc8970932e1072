import type { TPlanDetail } from '@formasaun/shared';
import { Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatFigure, formatPercent } from './labels';
import { ScrollTable } from './ScrollTable';

/** Participants per target group and how much of each group's weighted gap the plan closes. */
export function GroupsTab({ plan }: { plan: TPlanDetail }) {
  const { t } = useTranslation();
  const groups = useMemo(
    () => [...plan.groups].sort((a, b) => a.orgUnitName.localeCompare(b.orgUnitName) || a.positionName.localeCompare(b.positionName)),
    [plan.groups],
  );
  const total = groups.reduce(
    (s, g) => ({ size: s.size + g.size, participants: s.participants + g.participants, before: s.before + g.gapBefore, closed: s.closed + g.gapClosed }),
    { size: 0, participants: 0, before: 0, closed: 0 },
  );
  const share = (closed: number, before: number) => (before > 0 ? (closed / before) * 100 : null);

  if (groups.length === 0) return <Text>{t('planning.groups.none')}</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('planning.groups.hint')}
      </Text>
      <Paper withBorder>
        <ScrollTable label={t('planning.tabs.groups')} minWidth={760}>
          <Table striped aria-label={t('planning.tabs.groups')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('planning.groups.unit')}</Table.Th>
                <Table.Th>{t('planning.groups.position')}</Table.Th>
                <Table.Th ta="right">{t('planning.groups.size')}</Table.Th>
                <Table.Th ta="right">{t('planning.groups.participants')}</Table.Th>
                <Table.Th ta="right">{t('planning.groups.gapBefore')}</Table.Th>
                <Table.Th ta="right">{t('planning.groups.gapClosed')}</Table.Th>
                <Table.Th miw={150}>{t('planning.groups.closedShare')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((g) => {
                const pct = share(g.gapClosed, g.gapBefore);
                return (
                  <Table.Tr key={g.id}>
                    <Table.Td>{g.orgUnitName}</Table.Td>
                    <Table.Td>{g.positionName}</Table.Td>
                    <Table.Td ta="right">{formatCount(g.size)}</Table.Td>
                    <Table.Td ta="right">{formatCount(g.participants)}</Table.Td>
                    <Table.Td ta="right">{formatFigure(g.gapBefore)}</Table.Td>
                    <Table.Td ta="right">{formatFigure(g.gapClosed)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Progress value={pct ?? 0} w={70} size="sm" aria-hidden />
                        <Text size="sm">{formatPercent(pct, 0)}</Text>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={2}>{t('planning.total')}</Table.Th>
                <Table.Th ta="right">{formatCount(total.size)}</Table.Th>
                <Table.Th ta="right">{formatCount(total.participants)}</Table.Th>
                <Table.Th ta="right">{formatFigure(total.before)}</Table.Th>
                <Table.Th ta="right">{formatFigure(total.closed)}</Table.Th>
                <Table.Th>{formatPercent(share(total.closed, total.before), 0)}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </ScrollTable>
      </Paper>
    </Stack>
  );
}
