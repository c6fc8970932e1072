import type { TFundingSource } from '@formasaun/shared';
import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatMoney } from './api';

interface SourceListProps {
  sources: TFundingSource[];
  currency: string;
  onEdit?: (s: TFundingSource) => void;
  onDelete?: (s: TFundingSource) => void;
}

/** Funding sources with what each brings over all years. */
export function SourceList({ sources, currency, onEdit, onDelete }: SourceListProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const actions = (s: TFundingSource) =>
    onEdit &&
    onDelete && (
      <Group gap="xs" wrap="nowrap">
        <Button size="compact-xs" variant="default" onClick={() => onEdit(s)}>
          {t('funding.edit')}
        </Button>
        <Button size="compact-xs" variant="subtle" color="red" onClick={() => onDelete(s)}>
          {t('funding.delete')}
        </Button>
      </Group>
    );
  if (sources.length === 0) return <Text c="dimmed">{t('funding.noSources')}</Text>;
  if (isPhone) {
    return (
      <Stack gap="xs">
        {sources.map((s) => (
          <Paper key={s.id} withBorder p="xs">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text fw={600} size="sm">
                  {s.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`funding.kinds.${s.kind}`)} · {t('funding.envelopeCount', { count: s.envelopeCount })}
                </Text>
              </div>
              <Text fw={600}>{formatMoney(s.totals.total, currency)}</Text>
            </Group>
            {s.notes && <Text size="xs">{s.notes}</Text>}
            <Group justify="flex-end" mt="xs">
              {actions(s)}
            </Group>
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <Paper withBorder>
      <Table striped aria-label={t('funding.sources')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('funding.sourceName')}</Table.Th>
            <Table.Th>{t('funding.kind')}</Table.Th>
            <Table.Th ta="right">{t('funding.envelopes')}</Table.Th>
            <Table.Th ta="right">{t('funding.total')}</Table.Th>
            {onEdit && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sources.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {s.name}
                </Text>
                {s.notes && (
                  <Text size="xs" c="dimmed">
                    {s.notes}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`funding.kinds.${s.kind}`)}</Table.Td>
              <Table.Td ta="right">{s.envelopeCount}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(s.totals.total, currency)}
              </Table.Td>
              {onEdit && <Table.Td>{actions(s)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
