import type { TTeamGrid } from '@formasaun/shared';
import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { needsKeys, saveTeamRatings, useForm, useMyForms, useSubmitForm, useTeam } from './api';
import type { Pending } from './pending';
import { SaveStatus } from './SaveStatus';
import { TeamGrid, TeamStepper, type TeamView } from './TeamViews';
import { useAutosave } from './use-autosave';

const cellKey = (formId: string, competencyId: string) => `${formId}:${competencyId}`;

function TeamEditor({ campaignId, grid, isOpen }: { campaignId: string; grid: TTeamGrid; isOpen: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const isPhone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  // The team grid carries no scale: the first form of the team has it (all share the campaign's framework version).
  const sample = useForm(grid.rows[0]?.formId);
  const submit = useSubmitForm();
  const send = useCallback(
    async (pending: Pending) => {
      const ratings = Object.entries(pending).map(([key, level]) => {
        const [formId, competencyId] = key.split(':') as [string, string];
        return { formId, competencyId, level };
      });
      queryClient.setQueryData(needsKeys.team(campaignId), await saveTeamRatings(campaignId, ratings));
    },
    [campaignId, queryClient],
  );
  const autosave = useAutosave(`team.${campaignId}`, send, isOpen);

  const view: TeamView = {
    grid,
    scale: sample.data?.scale ?? [],
    isEditable: (row) => isOpen && row.status !== 'submitted',
    levelOf: (row, competencyId) => autosave.pending[cellKey(row.formId, competencyId)] ?? row.levels[competencyId] ?? null,
    missingOf: (row) => Object.keys(row.required).filter((c) => (autosave.pending[cellKey(row.formId, c)] ?? row.levels[c]) === undefined).length,
    change: (row, competencyId, level) => autosave.change(cellKey(row.formId, competencyId), level),
    submit: async (row) => {
      if (!(await autosave.flush())) return;
      submit.mutate(row.formId, {
        onSuccess: () => notifications.show({ color: 'teal', message: t('needs.team.submitted', { name: row.officer.name }) }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
      });
    },
    submitting: submit.isPending ? submit.variables : null,
  };

  return (
    <Stack>
      {isOpen ? (
        <Group justify="space-between">
          <Text size="sm">{t('needs.team.hint')}</Text>
          <SaveStatus state={autosave.state} pendingCount={Object.keys(autosave.pending).length} />
        </Group>
      ) : (
        <Alert color="gray" variant="light">
          {t('needs.form.readOnly')}
        </Alert>
      )}
      {autosave.state === 'error' && <ErrorAlert error={autosave.error} />}
      {isPhone ? <TeamStepper view={view} /> : <TeamGrid view={view} />}
    </Stack>
  );
}

export default function TeamAssessmentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const team = useTeam(id);
  const mine = useMyForms();
  const campaign = mine.data?.find((f) => f.campaignId === id);
  if (team.isPending || mine.isPending) return <PageLoader />;
  if (team.error) return <ErrorAlert error={team.error} />;
  return (
    <Stack>
      <Anchor component={Link} to="/assessments" size="sm">
        {t('needs.form.back')}
      </Anchor>
      <div>
        <Title order={1}>{t('needs.team.title')}</Title>
        {campaign && <Text c="dimmed">{campaign.campaignName}</Text>}
      </div>
      {team.data.rows.length === 0 ? (
        <Text>{t('needs.team.none')}</Text>
      ) : (
        <TeamEditor campaignId={id} grid={team.data} isOpen={campaign?.campaignStatus === 'open'} />
      )}
    </Stack>
  );
}
