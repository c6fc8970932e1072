import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useCan } from '../auth/session';
import { useProfile } from './api';
import { formatGap, inLocale } from './labels';

const RadarChart = lazy(() => import('./RadarChart'));

/** One officer's profile in a closed campaign: spider chart and table of required against assessed levels. */
export default function ProfilePage() {
  const { t } = useTranslation();
  const can = useCan();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const profile = useProfile(id, params.get('officer'));
  if (profile.isPending) return <PageLoader />;
  if (profile.error) return <ErrorAlert error={profile.error} />;
  const p = profile.data;
  return (
    <Stack>
      <Anchor component={Link} to={can('AggregateRead') ? `/campaigns/${id}/results` : '/assessments'} size="sm">
        {can('AggregateRead') ? t('needs.profile.back') : t('needs.form.back')}
      </Anchor>
      <div>
        <Title order={1}>{p.officer.name}</Title>
        <Text c="dimmed">{t('needs.profile.subtitle', { number: p.officer.employeeNumber })}</Text>
      </div>
      {p.competencies.length === 0 ? (
        <Text>{t('needs.profile.none')}</Text>
      ) : (
        <>
          <Paper withBorder p="xs">
            <Suspense fallback={<PageLoader />}>
              <RadarChart profile={p} />
            </Suspense>
          </Paper>
          <Paper withBorder>
            <Table.ScrollContainer minWidth={560}>
              <Table striped aria-label={t('needs.profile.tableTitle')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('needs.results.competency')}</Table.Th>
                    <Table.Th ta="right">{t('needs.profile.self')}</Table.Th>
                    <Table.Th ta="right">{t('needs.profile.supervisor')}</Table.Th>
                    <Table.Th ta="right">{t('needs.profile.assessed')}</Table.Th>
                    <Table.Th ta="right">{t('needs.profile.required')}</Table.Th>
                    <Table.Th ta="right">{t('needs.profile.gap')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.competencies.map((c) => (
                    <Table.Tr key={c.competencyId}>
                      <Table.Td>
                        <Text size="sm">{inLocale(c.name)}</Text>
                        <Text size="xs" c="dimmed">
                          {c.code}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{c.selfLevel ?? '—'}</Table.Td>
                      <Table.Td ta="right">{c.supervisorLevel ?? '—'}</Table.Td>
                      <Table.Td ta="right">{formatGap(c.assessedLevel)}</Table.Td>
                      <Table.Td ta="right">{c.requiredLevel}</Table.Td>
                      <Table.Td ta="right" fw={c.gap > 0 ? 700 : undefined} c={c.gap > 0 ? 'red.8' : undefined}>
                        {formatGap(c.gap)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </>
      )}
    </Stack>
  );
}
