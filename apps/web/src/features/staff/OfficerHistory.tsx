import type { TOfficerDetail } from '@formasaun/shared';
import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format';
import { ToneBadge } from '../../components/ToneBadge';

type Assignment = TOfficerDetail['assignments'][number];

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {value}
      </Text>
    </div>
  );
}

/** Phone layout: one card per assignment, every column readable without scrolling sideways. */
function HistoryCards({ rows }: { rows: Assignment[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {rows.map((a) => (
        <Paper key={a.id} component="li" withBorder p="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start" mb={4}>
            <Text fw={600} size="sm">
              {a.orgUnitName}
            </Text>
            {!a.validTo && <ToneBadge tone="positive">{t('officer.current')}</ToneBadge>}
          </Group>
          <SimpleGrid component="dl" cols={2} spacing="xs" verticalSpacing={4} m={0}>
            <Fact label={t('staff.position')} value={a.positionTitle ?? '—'} />
            <Fact label={t('staff.grade')} value={a.grade === null ? '—' : String(a.grade)} />
            <Fact label={t('officer.from')} value={formatDate(a.validFrom)} />
            <Fact label={t('officer.to')} value={a.validTo ? formatDate(a.validTo) : t('officer.current')} />
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );
}

function HistoryTable({ rows }: { rows: Assignment[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('staff.orgUnit')}</Table.Th>
              <Table.Th>{t('staff.position')}</Table.Th>
              <Table.Th>{t('staff.grade')}</Table.Th>
              <Table.Th>{t('officer.from')}</Table.Th>
              <Table.Th>{t('officer.to')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.orgUnitName}</Table.Td>
                <Table.Td>{a.positionTitle ?? '—'}</Table.Td>
                <Table.Td>{a.grade ?? '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(a.validFrom)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.validTo ? formatDate(a.validTo) : t('officer.current')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

export function OfficerHistory({ officer }: { officer: TOfficerDetail }) {
  const { t } = useTranslation();
  // The same breakpoint as the staff list: below it the five columns do not fit.
  const isPhone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const rows = [...officer.assignments].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('officer.history')}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('officer.noHistory')}</Text>
      ) : isPhone ? (
        <HistoryCards rows={rows} />
      ) : (
        <HistoryTable rows={rows} />
      )}
    </Stack>
  );
}
