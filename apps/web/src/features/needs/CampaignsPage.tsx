import type { TCampaignListItem } from '@formasaun/shared';
import { Anchor, Button, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { ToneBadge } from '../../components/ToneBadge';
import { useCan } from '../auth/session';
import { useCampaigns } from './api';
import { CAMPAIGN_TONE, submittedShare } from './labels';

const share = submittedShare;

function CampaignCard({ campaign }: { campaign: TCampaignListItem }) {
  const { t } = useTranslation();
  // Drafts have no forms yet: their progress says nothing.
  const progress = campaign.status === 'draft' ? undefined : campaign.progress;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={`/campaigns/${campaign.id}`} fw={600}>
            {campaign.name}
          </Anchor>
          <ToneBadge tone={CAMPAIGN_TONE[campaign.status]}>{t(`needs.campaignStatus.${campaign.status}`)}</ToneBadge>
        </Group>
        <Text size="sm" c="dimmed">
          {`${formatDate(campaign.opensOn)} – ${formatDate(campaign.closesOn)} · ${t(`needs.mode.${campaign.mode}`)}`}
        </Text>
        {progress &&
          (['self', 'supervisor'] as const)
            .filter((kind) => campaign.mode === 'both' || campaign.mode === kind)
            .map((kind) => (
              <div key={kind}>
                <Text size="xs">{t(`needs.progress.${kind}Share`, { share: share(progress[kind]) })}</Text>
                <Progress value={share(progress[kind])} size="sm" aria-label={t(`needs.progress.${kind}Share`, { share: share(progress[kind]) })} />
              </div>
            ))}
        {campaign.status === 'closed' && (
          <Anchor component={Link} to={`/campaigns/${campaign.id}/results`} size="sm">
            {t('needs.campaign.results')}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}

export default function CampaignsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const campaigns = useCampaigns();

  if (campaigns.isPending) return <PageLoader />;
  if (campaigns.error) return <ErrorAlert error={campaigns.error} />;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('needs.campaigns.title')}</Title>
        {can('CampaignManage') && (
          <Button component={Link} to="/campaigns/new">
            {t('needs.campaigns.new')}
          </Button>
        )}
      </Group>
      {campaigns.data.length === 0 ? (
        <Text>{t('needs.campaigns.none')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {campaigns.data.map((c) => (
            <CampaignCard key={c.id} campaign={c} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
