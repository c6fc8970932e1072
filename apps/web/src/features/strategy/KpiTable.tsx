import type { TKpi } from '@formasaun/shared';
import { ActionIcon, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../components/format';

interface KpiTableProps {
  /** The table's accessible name: which objective's KPIs these are. */
  label: string;
  kpis: TKpi[];
  years: number[];
  onEdit?: (kpi: TKpi) => void;
  onDelete?: (kpi: TKpi) => void;
}

/** Fixed widths, the same in every objective's table, so the columns line up from one table to the next. */
const W = { unit: 80, baseline: 110, year: 96, source: 142, actions: 84 } as const;
const KPI_MIN = 180;

const value = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatNumber(v));
const arrow = (kpi: TKpi) => (kpi.direction === 'increase' ? '↑' : '↓');

function Actions({ kpi, onEdit, onDelete }: { kpi: TKpi } & Pick<KpiTableProps, 'onEdit' | 'onDelete'>) {
  const { t } = useTranslation();
  if (!onEdit || !onDelete) return null;
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon variant="subtle" aria-label={t('strategy.editKpiNamed', { name: kpi.name })} onClick={() => onEdit(kpi)}>
        ✎
      </ActionIcon>
      <ActionIcon variant="subtle" color="red" aria-label={t('strategy.deleteKpiNamed', { name: kpi.name })} onClick={() => onDelete(kpi)}>
        ×
      </ActionIcon>
    </Group>
  );
}

/** KPIs with baseline and a column per strategy year; on a phone, one card per KPI. */
export function KpiTable({ label, kpis, years, onEdit, onDelete }: KpiTableProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  if (kpis.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('strategy.noKpis')}
      </Text>
    );
  }
  if (isPhone) {
    return (
      <Stack gap="xs" role="list" aria-label={label}>
        {kpis.map((k) => (
          <Paper key={k.id} withBorder p="xs" role="listitem">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm" fw={600}>
                {arrow(k)} {k.name}
              </Text>
              <Actions kpi={k} onEdit={onEdit} onDelete={onDelete} />
            </Group>
            <Text size="xs" c="dimmed">
              {t('strategy.kpiUnitLine', { unit: k.unit, direction: t(`strategy.${k.direction}`) })}
            </Text>
            <Text size="sm">
              {t('strategy.baseline')}: {value(k.baselineValue)}
              {k.baselineYear ? ` (${k.baselineYear})` : ''}
            </Text>
            <Text size="sm">{years.map((y) => `${y}: ${value(k.targets[String(y)])}`).join(' · ')}</Text>
            {k.source && (
              <Text size="xs" c="dimmed">
                {t('strategy.source')}: {k.source}
              </Text>
            )}
          </Paper>
        ))}
      </Stack>
    );
  }
  const fixedWidth = W.unit + W.baseline + years.length * W.year + W.source + (onEdit ? W.actions : 0);
  return (
    <Table.ScrollContainer minWidth={KPI_MIN + fixedWidth}>
      <Table striped withTableBorder layout="fixed" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('strategy.kpi')}</Table.Th>
            <Table.Th w={W.unit}>{t('strategy.unit')}</Table.Th>
            <Table.Th w={W.baseline} ta="right">
              {t('strategy.baseline')}
            </Table.Th>
            {years.map((y) => (
              <Table.Th key={y} w={W.year} ta="right">
                {y}
              </Table.Th>
            ))}
            <Table.Th w={W.source}>{t('strategy.source')}</Table.Th>
            {onEdit && <Table.Th w={W.actions}>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {kpis.map((k) => (
            <Table.Tr key={k.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  <span title={t(`strategy.${k.direction}`)} aria-label={t(`strategy.${k.direction}`)}>
                    {arrow(k)}
                  </span>{' '}
                  {k.name}
                </Text>
              </Table.Td>
              <Table.Td>{k.unit}</Table.Td>
              <Table.Td ta="right">
                {value(k.baselineValue)}
                {k.baselineYear ? (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({k.baselineYear})
                  </Text>
                ) : null}
              </Table.Td>
              {years.map((y) => (
                <Table.Td key={y} ta="right">
                  {value(k.targets[String(y)])}
                </Table.Td>
              ))}
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Text size="xs">{k.source ?? '—'}</Text>
              </Table.Td>
              {onEdit && (
                <Table.Td>
                  <Actions kpi={k} onEdit={onEdit} onDelete={onDelete} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
