import { Anchor, Drawer, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useDrilldown, type By } from './api';
import { formatGap } from './labels';

export type Cell = { orgUnitId: string; key: string; by: By; title: string };

/** The officers behind one heatmap cell (managers and supervisors only), each linking to their profile. */
export function DrilldownDrawer({ campaignId, cell, onClose }: { campaignId: string; cell: Cell | null; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useDrilldown(campaignId, cell && { orgUnitId: cell.orgUnitId, key: cell.key, by: cell.by });
  return (
    <Drawer opened={cell !== null} onClose={onClose} position="right" size="lg" title={cell?.title ?? ''} closeButtonProps={{ 'aria-label': t('needs.close') }}>
      {query.isPending ? (
        <PageLoader />
      ) : query.error ? (
        <ErrorAlert error={query.error} />
      ) : query.data.items.length === 0 ? (
        <Text>{t('needs.results.noOfficers')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table striped aria-label={t('needs.results.officersTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('needs.results.officer')}</Table.Th>
                <Table.Th>{t('needs.results.competency')}</Table.Th>
                <Table.Th ta="right">{t('needs.profile.assessed')}</Table.Th>
                <Table.Th ta="right">{t('needs.profile.required')}</Table.Th>
                <Table.Th ta="right">{t('needs.profile.gap')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((r) => (
                <Table.Tr key={`${r.officer.id}-${r.competencyCode}`}>
                  <Table.Td>
                    <Anchor component={Link} to={`/campaigns/${campaignId}/profile?officer=${r.officer.id}`} size="sm">
                      {r.officer.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {r.orgUnitName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{r.competencyCode}</Table.Td>
                  <Table.Td ta="right">{formatGap(r.assessedLevel)}</Table.Td>
                  <Table.Td ta="right">{r.requiredLevel}</Table.Td>
                  <Table.Td ta="right" fw={r.gap > 0 ? 700 : undefined}>
                    {formatGap(r.gap)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Drawer>
  );
}
