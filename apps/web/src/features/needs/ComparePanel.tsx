import type { TCampaign } from '@formasaun/shared';
import { NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useComparison, type By } from './api';
import { formatGap } from './labels';

/** Mean gap per competency (or area) in an earlier closed campaign against this one: progress since the last TNA. */
export function ComparePanel({ campaignId, others, by, names }: { campaignId: string; others: TCampaign[]; by: By; names: Map<string, string> }) {
  const { t } = useTranslation();
  const [other, setOther] = useState<string | null>(null);
  const comparison = useComparison(campaignId, other, by);
  if (others.length === 0) return <Text size="sm">{t('needs.compare.none')}</Text>;
  return (
    <Stack gap="xs">
      <NativeSelect
        label={t('needs.compare.with')}
        data={[{ value: '', label: t('needs.compare.choose') }, ...others.map((c) => ({ value: c.id, label: c.name }))]}
        value={other ?? ''}
        onChange={(e) => setOther(e.currentTarget.value || null)}
        maw={420}
      />
      {other &&
        (comparison.isPending ? (
          <PageLoader />
        ) : comparison.error ? (
          <ErrorAlert error={comparison.error} />
        ) : (
          <Paper withBorder>
            <Table.ScrollContainer minWidth={480}>
              <Table striped aria-label={t('needs.compare.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t(by === 'area' ? 'needs.results.area' : 'needs.results.competency')}</Table.Th>
                    <Table.Th ta="right">{t('needs.compare.before')}</Table.Th>
                    <Table.Th ta="right">{t('needs.compare.after')}</Table.Th>
                    <Table.Th ta="right">{t('needs.compare.change')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {comparison.data.items
                    .filter((i) => i.before.n > 0 || i.after.n > 0)
                    .map((i) => {
                      const change = i.before.meanGap !== null && i.after.meanGap !== null ? i.after.meanGap - i.before.meanGap : null;
                      return (
                        <Table.Tr key={i.key}>
                          <Table.Td>{names.get(i.key) ? `${names.get(i.key)} (${i.key})` : i.key}</Table.Td>
                          <Table.Td ta="right">{formatGap(i.before.meanGap)}</Table.Td>
                          <Table.Td ta="right">{formatGap(i.after.meanGap)}</Table.Td>
                          <Table.Td ta="right" c={change === null ? undefined : change <= 0 ? 'teal.9' : 'red.8'}>
                            {change === null ? '—' : `${change > 0 ? '+' : ''}${change.toFixed(2)}`}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        ))}
    </Stack>
  );
}
