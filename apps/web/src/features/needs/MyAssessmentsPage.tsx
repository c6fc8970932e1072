import type { TFormSummary } from '@formasaun/shared';
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatDateTime } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { ToneBadge } from '../../components/ToneBadge';
import { useCan } from '../auth/session';
import { useMyForms } from './api';
import { FORM_TONE } from './labels';

type TeamCard = { campaignId: string; campaignName: string; closesOn: string; isPending: boolean; total: number; submitted: number; open: boolean };

/** Supervisor forms are filled in the team grid: one card per campaign. */
function teamCards(forms: TFormSummary[]): TeamCard[] {
  const cards = new Map<string, TeamCard>();
  for (const f of forms.filter((x) => x.kind === 'supervisor')) {
    const card = cards.get(f.campaignId) ?? {
      campaignId: f.campaignId, campaignName: f.campaignName, closesOn: f.closesOn, isPending: false, total: 0, submitted: 0, open: f.campaignStatus === 'open',
    };
    card.total += 1;
    if (f.status === 'submitted') card.submitted += 1;
    card.isPending ||= f.isPending;
    cards.set(f.campaignId, card);
  }
  return [...cards.values()];
}

function SelfCard({ form }: { form: TFormSummary }) {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{form.campaignName}</Text>
          <ToneBadge tone={FORM_TONE[form.status]}>{t(`needs.formStatus.${form.status}`)}</ToneBadge>
        </Group>
        <Text size="sm">{t('needs.my.selfForm')}</Text>
        <Text size="sm" c="dimmed">
          {t('needs.my.closesOn', { date: formatDate(form.closesOn) })}
        </Text>
        {form.isPending && form.lastRemindedAt && (
          <Text size="sm" c="orange.9">
            {t('needs.my.reminded', { date: formatDateTime(form.lastRemindedAt) })}
          </Text>
        )}
        <Group gap="xs">
          <Button component={Link} to={`/assessments/${form.id}`} variant={form.isPending ? 'filled' : 'default'}
            size="sm"
            aria-label={t(form.isPending ? 'needs.my.fill' : 'needs.my.view', { campaign: form.campaignName })}
          >
            {form.isPending ? t('needs.my.fillShort') : t('needs.my.viewShort')}
          </Button>
          {form.campaignStatus === 'closed' && can('NeedsRead') && (
            <Button component={Link} to={`/campaigns/${form.campaignId}/profile`} variant="default" size="sm">
              {t('needs.my.profile')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function TeamCardView({ card }: { card: TeamCard }) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{card.campaignName}</Text>
          <ToneBadge tone={card.submitted === card.total ? 'positive' : 'warning'}>
            {t('needs.my.teamCount', { submitted: card.submitted, total: card.total })}
          </ToneBadge>
        </Group>
        <Text size="sm">{t('needs.my.teamForm')}</Text>
        <Text size="sm" c="dimmed">
          {t('needs.my.closesOn', { date: formatDate(card.closesOn) })}
        </Text>
        <Group>
          <Button component={Link} to={`/campaigns/${card.campaignId}/team`} variant={card.isPending ? 'filled' : 'default'}
            size="sm"
            aria-label={t('needs.my.rateTeam', { campaign: card.campaignName })}
          >
            {t('needs.my.rateTeamShort')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export default function MyAssessmentsPage() {
  const { t } = useTranslation();
  const forms = useMyForms();
  if (forms.isPending) return <PageLoader />;
  if (forms.error) return <ErrorAlert error={forms.error} />;
  const selfForms = forms.data.filter((f) => f.kind === 'self');
  const pending = selfForms.filter((f) => f.isPending);
  const done = selfForms.filter((f) => !f.isPending);
  const teams = teamCards(forms.data);
  return (
    <Stack>
      <Title order={1}>{t('needs.my.title')}</Title>
      {forms.data.length === 0 && <Text>{t('needs.my.none')}</Text>}
      {teams.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('needs.my.team')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {teams.map((c) => (
              <TeamCardView key={c.campaignId} card={c} />
            ))}
          </SimpleGrid>
        </Stack>
      )}
      {pending.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('needs.my.pending')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {pending.map((f) => (
              <SelfCard key={f.id} form={f} />
            ))}
          </SimpleGrid>
        </Stack>
      )}
      {done.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('needs.my.done')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {done.map((f) => (
              <SelfCard key={f.id} form={f} />
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </Stack>
  );
}
