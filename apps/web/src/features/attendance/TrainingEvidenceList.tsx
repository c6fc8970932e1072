import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatNumber } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { useOfficerTraining } from './api';
import { titleIn } from './AttendanceParts';

/**
 * What an officer's completed training says about their competencies (read-only): shown in "My learning" and, as
 * the starting point, beside a TNA assessment. `since` keeps only evidence from that day on.
 */
export function TrainingEvidenceList({ officerId, since }: { officerId: string; since?: string | null }) {
  const { t } = useTranslation();
  const training = useOfficerTraining(officerId);
  if (training.isPending) return <PageLoader />;
  if (training.error) return <ErrorAlert error={training.error} />;
  const rows = training.data.evidence.filter((e) => !since || e.onDay >= since);
  if (!rows.length) {
    return (
      <Text size="sm" c="dimmed">
        {t('attendance.evidence.none')}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Table.ScrollContainer minWidth={340}>
        <Table verticalSpacing={4} aria-label={t('attendance.evidence.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('attendance.evidence.competency')}</Table.Th>
              <Table.Th>{t('attendance.evidence.raise')}</Table.Th>
              <Table.Th>{t('attendance.evidence.from')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <Text size="sm">{e.competencyName ? titleIn(e.competencyName) : e.competencyCode}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {[e.levels !== null ? `+${formatNumber(e.levels)}` : null, e.toLevel !== null ? t('attendance.evidence.toLevel', { level: e.toLevel }) : null].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.courseTitle ? titleIn(e.courseTitle) : t(`attendance.evidence.source.${e.source}`)}</Text>
                  <Text size="xs" c="dimmed">
                    {formatDate(e.onDay)}
                    {e.sessionCode ? ` · ${e.sessionCode}` : ''}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
