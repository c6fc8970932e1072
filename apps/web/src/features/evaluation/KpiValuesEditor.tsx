import { KPI_PERIOD, type TKpiResultsObjective } from '@formasaun/shared';
import { ActionIcon, Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../components/format';
import { useDeleteKpiValue, useSaveKpiValues } from './api';

type Kpi = TKpiResultsObjective['kpis'][number];

/** The KPI's values as a small table; a manager adds a value or replaces the one of the same period. */
export function KpiValuesEditor({ kpi, canWrite }: { kpi: Kpi; canWrite: boolean }) {
  const { t } = useTranslation();
  const save = useSaveKpiValues();
  const remove = useDeleteKpiValue();
  const [period, setPeriod] = useState('');
  const [value, setValue] = useState<number | string>('');
  const [source, setSource] = useState('');
  const periodOk = KPI_PERIOD.test(period.trim().toUpperCase());

  const submit = () => {
    if (!periodOk || typeof value !== 'number') return;
    const entry = { period: period.trim().toUpperCase(), value, unit: kpi.unit, source: source.trim() || undefined };
    save.mutate(
      { kpiId: kpi.id, input: { values: [entry] } },
      {
        onSuccess: () => {
          setPeriod('');
          setValue('');
        },
      },
    );
  };

  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={320}>
        <Table verticalSpacing={4} fz="sm" aria-label={t('evaluation.valuesOf', { name: kpi.name })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('evaluation.period')}</Table.Th>
              <Table.Th ta="right">{t('evaluation.value')}</Table.Th>
              <Table.Th>{t('evaluation.unit')}</Table.Th>
              <Table.Th>{t('evaluation.source')}</Table.Th>
              {canWrite && <Table.Th aria-label={t('evaluation.actions')} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kpi.values.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={canWrite ? 5 : 4}>
                  <Text size="sm" c="dimmed">
                    {t('evaluation.noValues')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {kpi.values.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>{v.period}</Table.Td>
                <Table.Td ta="right">{formatNumber(v.value)}</Table.Td>
                <Table.Td>{kpi.unit}</Table.Td>
                <Table.Td>{v.source ?? ''}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="sm"
                      aria-label={t('evaluation.deleteValue', { period: v.period })}
                      loading={remove.isPending && remove.variables === v.id}
                      onClick={() => remove.mutate(v.id)}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {canWrite && (
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            size="xs"
            w={110}
            label={t('evaluation.period')}
            placeholder="2017-Q1"
            value={period}
            onChange={(e) => setPeriod(e.currentTarget.value)}
            error={period && !periodOk ? t('evaluation.periodHint') : undefined}
          />
          <NumberInput size="xs" w={130} label={`${t('evaluation.value')} (${kpi.unit})`} value={value} onChange={setValue} decimalScale={2} />
          <TextInput size="xs" w={160} label={t('evaluation.source')} value={source} onChange={(e) => setSource(e.currentTarget.value)} />
          <Button size="xs" onClick={submit} disabled={!periodOk || typeof value !== 'number'} loading={save.isPending}>
            {t('evaluation.saveValue')}
          </Button>
        </Group>
      )}
      {(save.error ?? remove.error) && <ErrorAlert error={save.error ?? remove.error} />}
    </Stack>
  );
}
