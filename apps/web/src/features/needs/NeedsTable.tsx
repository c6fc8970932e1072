import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { useRankedNeeds } from './api';
import { formatGap, formatShare, inLocale } from './labels';

/** Target groups (unit × position × competency) by weighted need, most urgent first. */
export function NeedsTable({ campaignId, limit, onMore }: { campaignId: string; limit: number; onMore: () => void }) {
  const { t } = useTranslation();
  const needs = useRankedNeeds(campaignId, limit);
  if (needs.isPending) return <PageLoader />;
  if (needs.error) return <ErrorAlert error={needs.error} />;
  const items = needs.data.items;
  if (items.length === 0) return <Text>{t('needs.results.noNeeds')}</Text>;
  return (
    <Stack gap="xs">
      <Paper withBorder>
        <Table.ScrollContainer minWidth={760}>
          <Table striped aria-label={t('needs.results.needsTitle')} style={{ opacity: needs.isPlaceholderData ? 0.6 : 1 }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>{t('needs.results.unit')}</Table.Th>
                <Table.Th>{t('needs.results.position')}</Table.Th>
                <Table.Th>{t('needs.results.competency')}</Table.Th>
                <Table.Th ta="right">{t('needs.results.headcount')}</Table.Th>
                <Table.Th ta="right">{t('needs.results.meanGap')}</Table.Th>
                <Table.Th ta="right">{t('needs.results.shareBelow')}</Table.Th>
                <Table.Th ta="right">{t('needs.results.weightedNeed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((n, i) => (
                <Table.Tr key={`${n.orgUnitId}-${n.positionId ?? ''}-${n.competencyId}`}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{n.orgUnitName}</Table.Td>
                  <Table.Td>{n.positionTitle ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{inLocale(n.competencyName)}</Text>
                    <Text size="xs" c="dimmed">
                      {n.competencyCode}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(n.headcount)}</Table.Td>
                  <Table.Td ta="right">{formatGap(n.meanGap)}</Table.Td>
                  <Table.Td ta="right">{formatShare(n.shareBelow)}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {n.weightedNeed.toFixed(1)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {items.length >= limit && limit < 1000 && (
        <Group>
          <Button variant="default" size="xs" onClick={onMore} loading={needs.isFetching}>
            {t('needs.results.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
