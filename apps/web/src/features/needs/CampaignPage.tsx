import type { TCampaignDetail } from '@formasaun/shared';
import { Anchor, Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatNumber } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { ToneBadge } from '../../components/ToneBadge';
import { useCan } from '../auth/session';
import { useCampaign, useCloseCampaign, useOpenCampaign, useSendReminders } from './api';
import { CampaignFormsTable } from './CampaignFormsTable';
import { CAMPAIGN_TONE, submittedShare, totalsByKind } from './labels';
import { PaperPanel } from './PaperPanel';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}

function ProgressTable({ campaign }: { campaign: TCampaignDetail }) {
  const { t } = useTranslation();
  const rows = campaign.progress.byOrgUnit;
  const totals = totalsByKind(rows);
  const n = (v: number) => formatNumber(v);
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-label={t('needs.progress.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th rowSpan={2}>{t('needs.progress.unit')}</Table.Th>
              <Table.Th colSpan={3}>{t('needs.progress.self')}</Table.Th>
              <Table.Th colSpan={4}>{t('needs.progress.supervisor')}</Table.Th>
            </Table.Tr>
            <Table.Tr>
              {(['sent', 'started', 'submitted'] as const).map((k) => (
                <Table.Th key={`s-${k}`}>{t(`needs.formStatus.${k}`)}</Table.Th>
              ))}
              {(['sent', 'started', 'submitted'] as const).map((k) => (
                <Table.Th key={`v-${k}`}>{t(`needs.formStatus.${k}`)}</Table.Th>
              ))}
              <Table.Th>{t('needs.progress.noAssessor')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.orgUnitId}>
                <Table.Th scope="row" fw={500}>
                  {r.orgUnitName}
                </Table.Th>
                <Table.Td>{n(r.self.sent)}</Table.Td>
                <Table.Td>{n(r.self.started)}</Table.Td>
                <Table.Td>{n(r.self.submitted)}</Table.Td>
                <Table.Td>{n(r.supervisor.sent)}</Table.Td>
                <Table.Td>{n(r.supervisor.started)}</Table.Td>
                <Table.Td>{n(r.supervisor.submitted)}</Table.Td>
                <Table.Td c={r.supervisor.noAssessor > 0 ? 'red.8' : undefined}>{n(r.supervisor.noAssessor)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('needs.progress.total')}</Table.Th>
              <Table.Th>{n(totals.self.sent)}</Table.Th>
              <Table.Th>{n(totals.self.started)}</Table.Th>
              <Table.Th>{n(totals.self.submitted)}</Table.Th>
              <Table.Th>{n(totals.supervisor.sent)}</Table.Th>
              <Table.Th>{n(totals.supervisor.started)}</Table.Th>
              <Table.Th>{n(totals.supervisor.submitted)}</Table.Th>
              <Table.Th>{n(totals.supervisor.noAssessor)}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function Actions({ campaign }: { campaign: TCampaignDetail }) {
  const { t } = useTranslation();
  const can = useCan();
  const open = useOpenCampaign(campaign.id);
  const close = useCloseCampaign(campaign.id);
  const remind = useSendReminders(campaign.id);
  const [confirming, confirm] = useDisclosure(false);
  const onError = (error: unknown) => notifications.show({ color: 'red', message: errorMessage(t, error) });
  const manage = can('CampaignManage');
  return (
    <Group gap="xs">
      {manage && campaign.status === 'draft' && (
        <Button onClick={() => open.mutate(undefined, { onError })} loading={open.isPending}>
          {t('needs.campaign.open')}
        </Button>
      )}
      {manage && campaign.status === 'open' && (
        <>
          <Button
            variant="default"
            loading={remind.isPending}
            onClick={() =>
              remind.mutate(undefined, { onError, onSuccess: (r) => notifications.show({ color: 'teal', message: t('needs.campaign.reminded', { count: r.reminded }) }) })
            }
          >
            {t('needs.campaign.remind')}
          </Button>
          <Button color="red.8" onClick={confirm.open}>
            {t('needs.campaign.close')}
          </Button>
        </>
      )}
      {can('AssessmentSupervise') && campaign.status === 'open' && (
        <Button component={Link} to={`/campaigns/${campaign.id}/team`} variant="default">
          {t('needs.campaign.team')}
        </Button>
      )}
      {campaign.status === 'closed' && (
        <Button component={Link} to={`/campaigns/${campaign.id}/results`}>
          {t('needs.campaign.results')}
        </Button>
      )}
      <Modal opened={confirming} onClose={confirm.close} title={t('needs.campaign.closeTitle')}>
        <Stack>
          <Text size="sm">{t('needs.campaign.closeText', { name: campaign.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.8"
              loading={close.isPending}
              onClick={() =>
                close.mutate(undefined, {
                  onError,
                  onSuccess: (r) => {
                    confirm.close();
                    notifications.show({ color: 'teal', message: t('needs.campaign.closed', { results: r.results, skipped: r.skippedOfficers }) });
                  },
                })
              }
            >
              {t('needs.campaign.closeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}

export default function CampaignPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const manage = can('CampaignManage');
  const campaign = useCampaign(id);
  if (campaign.isPending) return <PageLoader />;
  if (campaign.error) return <ErrorAlert error={campaign.error} />;
  const c = campaign.data;
  const totals = totalsByKind(c.progress.byOrgUnit);
  return (
    <Stack>
      <Anchor component={Link} to="/campaigns" size="sm">
        {t('needs.campaign.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Title order={1}>{c.name}</Title>
        <ToneBadge tone={CAMPAIGN_TONE[c.status]} size="md">
          {t(`needs.campaignStatus.${c.status}`)}
        </ToneBadge>
      </Group>
      <Actions campaign={c} />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
          <Fact label={t('needs.create.opensOn')} value={formatDate(c.opensOn)} />
          <Fact label={t('needs.create.closesOn')} value={formatDate(c.closesOn)} />
          <Fact label={t('needs.create.mode')} value={t(`needs.mode.${c.mode}`)} />
          <Fact
            label={t('needs.create.consolidation')}
            value={c.consolidation === 'weighted' ? t('needs.consolidation.weightedWith', { weight: c.supervisorWeight }) : t(`needs.consolidation.${c.consolidation}`)}
          />
          <Fact label={t('needs.progress.self')} value={t('needs.progress.submittedShare', { share: submittedShare(totals.self) })} />
          <Fact label={t('needs.progress.supervisor')} value={t('needs.progress.submittedShare', { share: submittedShare(totals.supervisor) })} />
        </SimpleGrid>
      </Paper>
      {c.status !== 'draft' && (
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('needs.progress.title')}
          </Title>
          <ProgressTable campaign={c} />
        </Stack>
      )}
      {manage && c.status === 'open' && <PaperPanel campaign={c} />}
      {manage && c.status !== 'draft' && <CampaignFormsTable campaign={c} />}
    </Stack>
  );
}
