import { SESSION_COST_CATEGORIES, type TSessionCost, type TSessionCostCategory } from '@formasaun/shared';
import { ActionIcon, Button, Group, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../components/format';
import { ScrollTable } from '../planning/ScrollTable';
import { useDeleteCost, useSaveCost, useSessionCosts } from './api';
import { useQuery } from '@tanstack/react-query';

const useSources = () =>
  useQuery({ queryKey: ['funding', 'sources', 'options'], queryFn: async () => (await api('/funding-sources', { schema: z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }) })).items });

/** Actual costs of a session by category and funding source. */
export function CostsPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const costs = useSessionCosts(sessionId);
  const sources = useSources();
  const save = useSaveCost(sessionId);
  const remove = useDeleteCost();
  const [category, setCategory] = useState<TSessionCostCategory>('trainerFees');
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [amount, setAmount] = useState<number | string>('');
  const [note, setNote] = useState('');
  const rows: TSessionCost[] = costs.data ?? [];
  const total = rows.reduce((n, c) => n + c.amount, 0);

  return (
    <Stack>
      <ErrorAlert error={costs.error ?? save.error ?? remove.error} />
      {rows.length === 0 ? (
        <Text c="dimmed">{t('sessions.cost.none')}</Text>
      ) : (
        <ScrollTable label={t('sessions.tabs.costs')} minWidth={520}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sessions.cost.category')}</Table.Th>
                <Table.Th>{t('sessions.cost.source')}</Table.Th>
                <Table.Th ta="right">{t('sessions.cost.amount')}</Table.Th>
                <Table.Th>{t('sessions.cost.note')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{t(`sessions.cost.categories.${c.category}`)}</Table.Td>
                  <Table.Td>{c.sourceName ?? '—'}</Table.Td>
                  <Table.Td ta="right">{formatNumber(c.amount)}</Table.Td>
                  <Table.Td>{c.note ?? ''}</Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={t('sessions.remove')} onClick={() => remove.mutate(c.id)}>
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td fw={600}>{t('sessions.cost.total')}</Table.Td>
                <Table.Td />
                <Table.Td ta="right" fw={600}>
                  {formatNumber(total)}
                </Table.Td>
                <Table.Td />
                <Table.Td />
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <Group align="end" wrap="wrap" gap="xs">
        <Select label={t('sessions.cost.category')} data={SESSION_COST_CATEGORIES.map((c) => ({ value: c, label: t(`sessions.cost.categories.${c}`) }))} value={category} onChange={(v) => setCategory((v as TSessionCostCategory) ?? 'trainerFees')} />
        <Select label={t('sessions.cost.source')} clearable data={(sources.data ?? []).map((s) => ({ value: s.id, label: s.name }))} value={sourceId} onChange={setSourceId} />
        <NumberInput label={t('sessions.cost.amount')} min={0} w={140} value={amount} onChange={setAmount} />
        <TextInput label={t('sessions.cost.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Button
          loading={save.isPending}
          disabled={typeof amount !== 'number'}
          onClick={() =>
            save.mutate(
              { id: null, input: { category, sourceId, amount: Number(amount), note: note.trim() || null } },
              {
                onSuccess: () => {
                  setAmount('');
                  setNote('');
                },
              },
            )
          }
        >
          {t('sessions.cost.add')}
        </Button>
      </Group>
    </Stack>
  );
}
