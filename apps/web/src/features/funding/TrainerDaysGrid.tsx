import type { TTrainerDays } from '@formasaun/shared';
import { Button, Group, NumberInput, Paper, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../components/format';
import { usePutTrainerDays } from './api';

const QUARTERS = [1, 2, 3, 4] as const;
type Cells = Record<string, number | string>;

const cellsOf = (data: TTrainerDays): Cells => Object.fromEntries(data.periods.map((p) => [p.period, p.days ?? '']));

/** Trainer-days available per quarter: years down, quarters across; an empty cell has no figure. */
export function TrainerDaysGrid({ data, canWrite }: { data: TTrainerDays; canWrite: boolean }) {
  const { t } = useTranslation();
  const put = usePutTrainerDays();
  const [cells, setCells] = useState<Cells>(() => cellsOf(data));
  const saved = cellsOf(data);
  const changed = Object.keys(cells).filter((p) => String(cells[p]) !== String(saved[p] ?? ''));
  const years = Array.from({ length: data.toYear - data.fromYear + 1 }, (_, i) => data.fromYear + i);
  const issue = (period: string) => (put.error instanceof ApiError ? put.error.fieldIssues.find((i) => i.path.endsWith(period))?.message : undefined);
  const total = (year: number) => QUARTERS.reduce((sum, q) => sum + (Number(cells[`${year}Q${q}`]) || 0), 0);
  // Quarters computed from the trainer pool replace the manual figure: shown, not editable here.
  const fromPool = new Set(data.periods.filter((p) => p.source === 'pool').map((p) => p.period));
  const editable = canWrite && fromPool.size === 0;

  return (
    <Stack gap="xs">
      {fromPool.size > 0 && (
        <Text size="sm" c="dimmed">
          {t('capacity.fromPool')}
        </Text>
      )}
      <Paper withBorder>
        <Table aria-label={t('capacity.trainerDays')} verticalSpacing={4} horizontalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('capacity.year')}</Table.Th>
              {QUARTERS.map((q) => (
                <Table.Th key={q} ta="center">
                  Q{q}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('capacity.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {years.map((year) => (
              <Table.Tr key={year}>
                <Table.Th scope="row">{year}</Table.Th>
                {QUARTERS.map((q) => {
                  const period = `${year}Q${q}`;
                  return (
                    <Table.Td key={q}>
                      <NumberInput
                        aria-label={t('capacity.daysIn', { period })}
                        value={cells[period] ?? ''}
                        onChange={(v) => setCells((c) => ({ ...c, [period]: v }))}
                        min={0}
                        max={100000}
                        decimalScale={1}
                        hideControls
                        size="xs"
                        miw={40}
                        maw={110}
                        mx="auto"
                        disabled={!editable}
                        readOnly={fromPool.has(period)}
                        error={issue(period)}
                      />
                    </Table.Td>
                  );
                })}
                <Table.Td ta="right">
                  <Text size="sm" fw={600}>
                    {formatNumber(total(year))}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {put.error ? <ErrorAlert error={put.error} fields={['days']} /> : null}
      {editable && (
        <Group justify="flex-end">
          <Button variant="default" disabled={changed.length === 0} onClick={() => setCells(saved)}>
            {t('capacity.undo')}
          </Button>
          <Button
            disabled={changed.length === 0}
            loading={put.isPending}
            onClick={() =>
              put.mutate(
                { days: Object.fromEntries(changed.map((p) => [p, cells[p] === '' ? null : Number(cells[p])])) },
                { onSuccess: () => notifications.show({ color: 'teal', message: t('capacity.saved') }) },
              )
            }
          >
            {changed.length ? t('capacity.saveQuarters', { count: changed.length }) : t('common.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
