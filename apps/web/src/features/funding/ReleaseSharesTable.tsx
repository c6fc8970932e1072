import { releaseDaysOf, type TOrgUnit, type TReleaseShares } from '@formasaun/shared';
import { Button, Group, NumberInput, Paper, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../components/format';
import { buildTree, type OrgNode } from '../organisation/tree';
import { usePutReleaseShares } from './api';

/** Percent as typed in the table: shares travel as fractions (0.05), people think in percent (5). */
type Percent = number | string;
const toPercent = (share: number) => Math.round(share * 1000) / 10;

function flatten(nodes: OrgNode[]): OrgNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

/** Share of each open unit's staff that can be released at once; an empty cell uses the administration's default. */
export function ReleaseSharesTable({ units, data, canWrite }: { units: TOrgUnit[]; data: TReleaseShares; canWrite: boolean }) {
  const { t } = useTranslation();
  const put = usePutReleaseShares();
  const rows = useMemo(() => flatten(buildTree(units.filter((u) => u.closedOn === null))), [units]);
  const saved = useMemo(() => Object.fromEntries(data.shares.map((s) => [s.orgUnitId, toPercent(s.share)])) as Record<string, Percent>, [data]);
  const [cells, setCells] = useState<Record<string, Percent>>(saved);
  const changed = rows.map((r) => r.unit.id).filter((id) => String(cells[id] ?? '') !== String(saved[id] ?? ''));
  const defaultPercent = toPercent(data.defaultShare);

  return (
    <Stack gap="xs">
      <Paper withBorder>
        <Table.ScrollContainer minWidth={340}>
          <Table striped aria-label={t('capacity.releaseShares')} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('capacity.unit')}</Table.Th>
                <Table.Th w={110}>{t('capacity.sharePercent')}</Table.Th>
                <Table.Th ta="right">{t('capacity.releaseDays')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ unit, depth }) => {
                const value = cells[unit.id] ?? '';
                const share = value === '' ? data.defaultShare : Number(value) / 100;
                return (
                  <Table.Tr key={unit.id}>
                    <Table.Td style={{ paddingInlineStart: `calc(var(--mantine-spacing-xs) + ${Math.min(depth, 4)} * 0.75rem)` }}>
                      <Text size="sm">{unit.name}</Text>
                      <Text size="xs" c="dimmed">
                        {t('capacity.officers', { count: unit.officerCount })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={t('capacity.shareOf', { unit: unit.name })}
                        value={value}
                        placeholder={`${defaultPercent} %`}
                        onChange={(v) => setCells((c) => ({ ...c, [unit.id]: v }))}
                        min={0.1}
                        max={100}
                        decimalScale={1}
                        suffix=" %"
                        hideControls
                        size="xs"
                        disabled={!canWrite}
                      />
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(releaseDaysOf(unit.officerCount, share, data.daysPerQuarter))}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Text size="xs" c="dimmed">
        {t('capacity.emptyIsDefault', { percent: defaultPercent })}
      </Text>
      {put.error ? <ErrorAlert error={put.error} /> : null}
      {canWrite && (
        <Group justify="flex-end">
          <Button variant="default" disabled={changed.length === 0} onClick={() => setCells(saved)}>
            {t('capacity.undo')}
          </Button>
          <Button
            disabled={changed.length === 0}
            loading={put.isPending}
            onClick={() =>
              put.mutate(
                { shares: changed.map((orgUnitId) => ({ orgUnitId, share: cells[orgUnitId] === '' ? null : Math.round(Number(cells[orgUnitId]) * 10) / 1000 })) },
                { onSuccess: () => notifications.show({ color: 'teal', message: t('capacity.saved') }) },
              )
            }
          >
            {changed.length ? t('capacity.saveUnits', { count: changed.length }) : t('common.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
