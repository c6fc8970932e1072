import type { TForm } from '@formasaun/shared';
import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatDateTime } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { ToneBadge } from '../../components/ToneBadge';
import { useCan, useSession } from '../auth/session';
import { TrainingSinceAssessment } from '../attendance/TrainingSinceAssessment';
import { needsKeys, saveFormRatings, useForm, useSubmitForm } from './api';
import { FORM_TONE, inLocale } from './labels';
import { LevelPicker } from './LevelPicker';
import type { Pending } from './pending';
import { ReopenFormButton } from './ReopenFormButton';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './use-autosave';

/** Competencies of the form grouped by area, in the form's order. */
function byArea(form: TForm) {
  const areas = new Map<string, { name: { en: string; pt: string }; items: TForm['competencies'] }>();
  for (const c of form.competencies) {
    const area = areas.get(c.areaCode) ?? { name: c.areaName, items: [] };
    area.items.push(c);
    areas.set(c.areaCode, area);
  }
  return [...areas.entries()];
}

function FormEditor({ form }: { form: TForm }) {
  const { t } = useTranslation();
  const session = useSession();
  const can = useCan();
  const queryClient = useQueryClient();
  const submit = useSubmitForm();
  const mine = form.kind === 'self' ? form.officer.id === session.user.officerId : form.assessorOfficerId === session.user.officerId;
  const editable = mine && form.status !== 'submitted' && form.campaignStatus === 'open';

  const send = useCallback(
    async (pending: Pending) => {
      const saved = await saveFormRatings(form.id, Object.entries(pending).map(([competencyId, level]) => ({ competencyId, level })));
      queryClient.setQueryData(needsKeys.form(form.id), saved);
    },
    [form.id, queryClient],
  );
  const autosave = useAutosave(`form.${form.id}`, send, editable);
  const { discard } = autosave;
  useEffect(() => {
    if (!editable) discard();
  }, [editable, discard]);

  const levelOf = (id: string) => autosave.pending[id] ?? form.competencies.find((c) => c.competencyId === id)?.level ?? null;
  const missing = useMemo(
    () => form.competencies.filter((c) => (autosave.pending[c.competencyId] ?? c.level) === null),
    [form.competencies, autosave.pending],
  );

  const onSubmit = async () => {
    if (!(await autosave.flush())) return;
    submit.mutate(form.id, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('needs.form.submitted') }),
      onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
    });
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{form.kind === 'self' ? t('needs.form.selfTitle') : t('needs.form.supervisorTitle', { name: form.officer.name })}</Title>
          <Text c="dimmed">
            {t('needs.form.subtitle', { campaign: form.campaignName, date: formatDate(form.closesOn) })}
          </Text>
        </div>
        <ToneBadge tone={FORM_TONE[form.status]}>{t(`needs.formStatus.${form.status}`)}</ToneBadge>
      </Group>
      {editable ? (
        <Paper withBorder p="sm" pos="sticky" top={60} style={{ zIndex: 2 }}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">{t('needs.form.progress', { rated: form.competencies.length - missing.length, total: form.competencies.length })}</Text>
            <SaveStatus state={autosave.state} pendingCount={Object.keys(autosave.pending).length} />
          </Group>
        </Paper>
      ) : (
        <Alert color="gray" variant="light">
          {form.status === 'submitted' ? t('needs.form.readOnlySubmitted') : t('needs.form.readOnly')}
        </Alert>
      )}
      {autosave.state === 'error' && <ErrorAlert error={autosave.error} />}
      {can('CampaignManage') && form.status === 'submitted' && form.campaignStatus === 'open' && <ReopenFormButton formId={form.id} />}
      <TrainingSinceAssessment officerId={form.officer.id} />

      {byArea(form).map(([code, area]) => (
        <Stack key={code} gap="xs" component="section" aria-labelledby={`area-${code}`}>
          <Title order={2} size="h4" id={`area-${code}`}>
            {inLocale(area.name)}
          </Title>
          {area.items.map((c) => (
            <LevelPicker
              key={c.competencyId}
              competency={c}
              scale={form.scale}
              value={levelOf(c.competencyId)}
              onChange={(level) => autosave.change(c.competencyId, level)}
              readOnly={!editable}
            />
          ))}
        </Stack>
      ))}

      {editable && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            {missing.length > 0 && (
              <div>
                <Text fw={600} id="missing-title">
                  {t('needs.form.missing', { count: missing.length })}
                </Text>
                <List size="sm" aria-labelledby="missing-title">
                  {missing.map((c) => (
                    <List.Item key={c.competencyId}>{inLocale(c.name)}</List.Item>
                  ))}
                </List>
              </div>
            )}
            {submit.error && <ErrorAlert error={submit.error} />}
            <Group justify="flex-end">
              <Button onClick={() => void onSubmit()} disabled={missing.length > 0} loading={submit.isPending}>
                {t('needs.form.submit')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {form.events.length > 0 && (
        <List size="sm" c="dimmed" aria-label={t('needs.form.history')}>
          {form.events.map((e) => (
            <List.Item key={`${e.kind}-${e.at}`}>
              {`${formatDateTime(e.at)} · ${t(`needs.formEvent.${e.kind}`, { defaultValue: e.kind })}`}
              {e.reason ? ` — ${e.reason}` : ''}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

export default function AssessmentFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const form = useForm(id);
  if (form.isPending) return <PageLoader />;
  if (form.error || !form.data) return <ErrorAlert error={form.error} />;
  return (
    <Stack>
      <Anchor component={Link} to="/assessments" size="sm">
        {t('needs.form.back')}
      </Anchor>
      <FormEditor key={form.data.id} form={form.data} />
    </Stack>
  );
}
