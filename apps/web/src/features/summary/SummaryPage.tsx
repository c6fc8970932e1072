import { ZStaffSummary } from '@formasaun/shared';
import { Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { useSession } from '../auth/session';

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="md">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {formatNumber(value)}
      </Text>
    </Paper>
  );
}

export default function SummaryPage() {
  const { t } = useTranslation();
  const session = useSession();
  const summary = useQuery({
    queryKey: ['staff-summary', session.administration.id],
    queryFn: () => api('/staff-summary', { schema: ZStaffSummary }),
  });

  return (
    <Stack>
      <div>
        <Title order={1}>{t('summary.title')}</Title>
        <Text c="dimmed" size="sm">
          {session.administration.name}
        </Text>
      </div>
      {summary.isPending ? (
        <PageLoader />
      ) : summary.error ? (
        <ErrorAlert error={summary.error} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
            <Figure label={t('summary.total')} value={summary.data.total} />
            {Object.entries(summary.data.bySex).map(([sex, n]) => (
              <Figure key={sex} label={t(`sex.${sex}`, { defaultValue: sex })} value={n} />
            ))}
            {Object.entries(summary.data.byStatus).map(([status, n]) => (
              <Figure key={status} label={t(`status.${status}`, { defaultValue: status })} value={n} />
            ))}
          </SimpleGrid>
          <Title order={2} size="h3">
            {t('summary.byOrgUnit')}
          </Title>
          <Paper withBorder>
            <Table.ScrollContainer minWidth={520}>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('staff.orgUnit')}</Table.Th>
                    <Table.Th ta="right">{t('sex.female')}</Table.Th>
                    <Table.Th ta="right">{t('sex.male')}</Table.Th>
                    <Table.Th ta="right">{t('summary.total')}</Table.Th>
                    <Table.Th>{t('summary.femaleShare')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {summary.data.byOrgUnit.map((row) => {
                    const total = row.female + row.male;
                    const share = total ? Math.round((row.female / total) * 100) : 0;
                    return (
                      <Table.Tr key={row.orgUnitId}>
                        <Table.Td>{row.name}</Table.Td>
                        <Table.Td ta="right">{formatNumber(row.female)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(row.male)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(total)}</Table.Td>
                        <Table.Td miw={140}>
                          <Progress value={share} aria-label={t('summary.femaleShareOf', { name: row.name, share })} />
                          <Text size="xs">{share} %</Text>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </>
      )}
    </Stack>
  );
}
