import type { TEnvelope, TFundingSource } from '@formasaun/shared';
import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useCan } from '../auth/session';
import { ConfirmDelete } from '../strategy/ConfirmDelete';
import {
  useDeleteEnvelope,
  useDeleteSource,
  useEnvelopes,
  useFundingSettings,
  useFundingSources,
  useFundingTotals,
  useSaveEnvelope,
  useSaveSource,
  useUpdateFundingSettings,
} from './api';
import { EnvelopeList } from './EnvelopeList';
import { CurrencyForm, EnvelopeForm, SourceForm } from './FundingForms';
import { SourceList } from './SourceList';
import { TotalsCards } from './TotalsCards';

type Editing = { kind: 'envelope'; envelope: TEnvelope | null } | { kind: 'source'; source: TFundingSource | null } | { kind: 'currency' };
type Removing = { kind: 'envelope' | 'source'; id: string; name: string };

/** Budgets: funding sources, envelopes per source and year, and totals per year by status. */
export default function FundingPage() {
  const { t } = useTranslation();
  const canWrite = useCan()('FundingWrite');
  const settings = useFundingSettings();
  const sources = useFundingSources();
  const envelopes = useEnvelopes();
  const totals = useFundingTotals();
  const saveEnvelope = useSaveEnvelope();
  const saveSource = useSaveSource();
  const saveSettings = useUpdateFundingSettings();
  const deleteEnvelope = useDeleteEnvelope();
  const deleteSource = useDeleteSource();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removing, setRemoving] = useState<Removing | null>(null);

  const close = () => {
    saveEnvelope.reset();
    saveSource.reset();
    saveSettings.reset();
    setEditing(null);
  };
  const saved = () => {
    notifications.show({ color: 'teal', message: t('funding.saved') });
    close();
  };
  const closeRemove = () => {
    deleteEnvelope.reset();
    deleteSource.reset();
    setRemoving(null);
  };

  const failed = settings.error ?? sources.error ?? envelopes.error ?? totals.error;
  if (failed) return <ErrorAlert error={failed} />;
  if (!settings.data || !sources.data || !envelopes.data || !totals.data) return <PageLoader />;
  const currency = settings.data.currency;
  const lastYear = envelopes.data.at(-1)?.year ?? new Date().getFullYear();
  const titles = { envelope: t('funding.envelope'), source: t('funding.sourceTitle'), currency: t('funding.currency') };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('funding.title')}</Title>
        {canWrite && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setEditing({ kind: 'source', source: null })}>
              {t('funding.addSource')}
            </Button>
            <Button disabled={sources.data.length === 0} onClick={() => setEditing({ kind: 'envelope', envelope: null })}>
              {t('funding.addEnvelope')}
            </Button>
          </Group>
        )}
      </Group>
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t('funding.currencyIs', { currency })}
        </Text>
        {canWrite && (
          <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ kind: 'currency' })}>
            {t('funding.change')}
          </Button>
        )}
      </Group>

      <Title order={2} size="h3">
        {t('funding.totalsByYear')}
      </Title>
      {totals.data.years.length === 0 ? <Text c="dimmed">{t('funding.noEnvelopes')}</Text> : <TotalsCards totals={totals.data} />}

      <Title order={2} size="h3">
        {t('funding.envelopes')}
      </Title>
      <EnvelopeList
        envelopes={envelopes.data}
        currency={currency}
        onEdit={canWrite ? (envelope) => setEditing({ kind: 'envelope', envelope }) : undefined}
        onDelete={canWrite ? (e) => setRemoving({ kind: 'envelope', id: e.id, name: `${e.sourceName} ${e.year}` }) : undefined}
      />

      <Title order={2} size="h3">
        {t('funding.sources')}
      </Title>
      <SourceList
        sources={sources.data}
        currency={currency}
        onEdit={canWrite ? (source) => setEditing({ kind: 'source', source }) : undefined}
        onDelete={canWrite ? (s) => setRemoving({ kind: 'source', id: s.id, name: s.name }) : undefined}
      />

      <Modal opened={editing !== null} onClose={close} title={editing ? titles[editing.kind] : ''} size="lg">
        {editing?.kind === 'envelope' && (
          <EnvelopeForm
            envelope={editing.envelope}
            sources={sources.data}
            currency={currency}
            defaultYear={lastYear}
            pending={saveEnvelope.isPending}
            error={saveEnvelope.error}
            onCancel={close}
            onSubmit={(input) => saveEnvelope.mutate({ id: editing.envelope?.id ?? null, input }, { onSuccess: saved })}
          />
        )}
        {editing?.kind === 'source' && (
          <SourceForm
            source={editing.source}
            pending={saveSource.isPending}
            error={saveSource.error}
            onCancel={close}
            onSubmit={(input) => saveSource.mutate({ id: editing.source?.id ?? null, input }, { onSuccess: saved })}
          />
        )}
        {editing?.kind === 'currency' && (
          <CurrencyForm currency={currency} pending={saveSettings.isPending} error={saveSettings.error} onCancel={close} onSubmit={(input) => saveSettings.mutate(input, { onSuccess: saved })} />
        )}
      </Modal>
      <ConfirmDelete
        title={t('funding.deleteTitle')}
        message={removing ? t(`funding.deleteConfirm.${removing.kind}`, { name: removing.name }) : null}
        pending={deleteEnvelope.isPending || deleteSource.isPending}
        error={deleteEnvelope.error ?? deleteSource.error}
        onCancel={closeRemove}
        onConfirm={() => {
          if (!removing) return;
          const done = {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('funding.deleted') });
              closeRemove();
            },
          };
          if (removing.kind === 'envelope') deleteEnvelope.mutate(removing.id, done);
          else deleteSource.mutate(removing.id, done);
        }}
      />
    </Stack>
  );
}
