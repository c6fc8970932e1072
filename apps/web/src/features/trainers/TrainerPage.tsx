import { TRAINER_PATH, type TTrainerLeave, type TTrainerQualificationItem } from '@formasaun/shared';
import { Anchor, Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Stepper, Text, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatNumber } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { currentLocale } from '../../i18n';
import { useCan } from '../auth/session';
import { ConfirmDelete } from '../strategy/ConfirmDelete';
import { useAddEvidence, useAddQualification, useChangeStatus, useDeleteLeave, useDeleteQualification, useSaveLeave, useTrainer, useUpdateTrainer } from './api';
import { EvidenceForm, LeaveForm, QualificationForm, StatusForm, TrainerForm } from './TrainerForms';
import { PathBadge } from './TrainersPage';

type Editing =
  | { kind: 'profile' }
  | { kind: 'qualification' }
  | { kind: 'status'; q: TTrainerQualificationItem }
  | { kind: 'evidence'; q: TTrainerQualificationItem }
  | { kind: 'leave'; leave: TTrainerLeave | null };

function QualificationCard({ q, canWrite, onStatus, onEvidence, onDelete }: { q: TTrainerQualificationItem; canWrite: boolean; onStatus: () => void; onEvidence: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  const title = q.courseCode ? `${q.courseCode} — ${(currentLocale() === 'pt' ? q.courseTitlePt : q.courseTitleEn) ?? ''}` : t('trainers.competencyTitle', { code: q.competencyCode });
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text fw={600}>{title}</Text>
          <Text size="xs" c="dimmed">
            {t('trainers.sinceDay', { day: formatDate(q.since) })}
          </Text>
        </div>
        <PathBadge status={q.status} />
      </Group>
      <Stepper active={TRAINER_PATH.indexOf(q.status)} size="xs" mt="sm" allowNextStepsSelect={false} iconSize={22}>
        {TRAINER_PATH.map((s) => (
          <Stepper.Step key={s} label={t(`trainers.path.${s}`)} />
        ))}
      </Stepper>
      <Timeline mt="md" bulletSize={14} lineWidth={2} active={q.events.length - 1}>
        {q.events.map((e) => (
          <Timeline.Item key={e.id} title={<Text size="sm">{t(`trainers.events.${e.kind}`)}{e.statusTo ? ` → ${t(`trainers.path.${e.statusTo}`)}` : ''}</Text>}>
            <Text size="xs" c="dimmed">
              {formatDate(e.day)}
              {e.sessionCode ? ` · ${e.sessionCode}` : ''}
              {e.observationResult ? ` · ${t(`trainers.results.${e.observationResult}`)}` : ''}
            </Text>
            {e.note && <Text size="xs">{e.note}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
      {canWrite && (
        <Group gap="xs" mt="sm" justify="flex-end">
          <Button size="compact-xs" variant="default" onClick={onEvidence}>
            {t('trainers.addEvidence')}
          </Button>
          <Button size="compact-xs" onClick={onStatus}>
            {t('trainers.changeStatus')}
          </Button>
          <Button size="compact-xs" variant="subtle" color="red" onClick={onDelete}>
            {t('trainers.delete')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}

/** One trainer: profile, qualifications with the path and its evidence, leave. Managers edit; a trainer reads their own. */
export default function TrainerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const canWrite = useCan()('CentreWrite');
  const trainer = useTrainer(id);
  const update = useUpdateTrainer();
  const addQualification = useAddQualification();
  const changeStatus = useChangeStatus();
  const addEvidence = useAddEvidence();
  const saveLeave = useSaveLeave();
  const deleteQualification = useDeleteQualification();
  const deleteLeave = useDeleteLeave();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removing, setRemoving] = useState<{ kind: 'qualification' | 'leave'; id: string; name: string } | null>(null);
  const mutations = [update, addQualification, changeStatus, addEvidence, saveLeave];
  const close = () => {
    for (const m of mutations) m.reset();
    setEditing(null);
  };
  const onSuccess = () => {
    notifications.show({ color: 'teal', message: t('trainers.saved') });
    close();
  };
  const remover = removing?.kind === 'leave' ? deleteLeave : deleteQualification;
  const closeRemove = () => {
    remover.reset();
    setRemoving(null);
  };

  if (trainer.error) return <ErrorAlert error={trainer.error} />;
  if (!trainer.data) return <PageLoader />;
  const tr = trainer.data;
  const titles = {
    profile: t('trainers.editProfile'),
    qualification: t('trainers.addQualification'),
    status: t('trainers.changeStatus'),
    evidence: t('trainers.addEvidence'),
    leave: t('trainers.leave'),
  };

  return (
    <Stack>
      <Anchor component={Link} to="/trainers" size="sm">
        ← {t('trainers.title')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Title order={1}>{tr.name}</Title>
            {!tr.active && <Badge color="gray">{t('trainers.archived')}</Badge>}
          </Group>
          <Text c="dimmed">
            {[t(`trainers.kinds.${tr.kind}`), tr.organisation, tr.position, tr.employeeNumber].filter(Boolean).join(' · ')}
          </Text>
        </div>
        {canWrite && <Button onClick={() => setEditing({ kind: 'profile' })}>{t('trainers.editProfile')}</Button>}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {[
          [t('trainers.daysPerQuarter'), formatNumber(tr.daysPerQuarter)],
          [t('trainers.sessionsThisQuarter'), String(tr.sessionsThisQuarter)],
          [t('trainers.languages'), tr.languages.join(', ') || '—'],
          [t('trainers.dailyFee'), tr.dailyFee === null ? '—' : formatNumber(tr.dailyFee)],
        ].map(([label, value]) => (
          <Paper key={label} withBorder p="xs">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={600}>{value}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      {(tr.email || tr.phone) && <Text size="sm">{[tr.email, tr.phone].filter(Boolean).join(' · ')}</Text>}
      {tr.notes && <Text size="sm">{tr.notes}</Text>}

      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('trainers.qualifications')}
        </Title>
        {canWrite && <Button variant="default" onClick={() => setEditing({ kind: 'qualification' })}>{t('trainers.addQualification')}</Button>}
      </Group>
      {tr.qualifications.length === 0 && <Text c="dimmed">{t('trainers.noQualifications')}</Text>}
      {tr.qualifications.map((q) => (
        <QualificationCard
          key={q.id}
          q={q}
          canWrite={canWrite}
          onStatus={() => setEditing({ kind: 'status', q })}
          onEvidence={() => setEditing({ kind: 'evidence', q })}
          onDelete={() => setRemoving({ kind: 'qualification', id: q.id, name: q.courseCode ?? q.competencyCode ?? '' })}
        />
      ))}

      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('trainers.leave')}
        </Title>
        {canWrite && <Button variant="default" onClick={() => setEditing({ kind: 'leave', leave: null })}>{t('trainers.addLeave')}</Button>}
      </Group>
      {tr.leave.length === 0 && <Text c="dimmed">{t('trainers.noLeave')}</Text>}
      {tr.leave.map((l) => (
        <Paper key={l.id} withBorder p="xs">
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm" fw={600}>
                {formatDate(l.fromDay)} – {formatDate(l.toDay)}
              </Text>
              {l.reason && <Text size="xs">{l.reason}</Text>}
            </div>
            {canWrite && (
              <Group gap="xs" wrap="nowrap">
                <Button size="compact-xs" variant="default" onClick={() => setEditing({ kind: 'leave', leave: l })}>
                  {t('trainers.edit')}
                </Button>
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => setRemoving({ kind: 'leave', id: l.id, name: `${formatDate(l.fromDay)} – ${formatDate(l.toDay)}` })}>
                  {t('trainers.delete')}
                </Button>
              </Group>
            )}
          </Group>
        </Paper>
      ))}

      <Modal opened={editing !== null} onClose={close} title={editing ? titles[editing.kind] : ''} size="lg">
        {editing?.kind === 'profile' && (
          <TrainerForm trainer={tr} kind={tr.kind} pending={update.isPending} error={update.error} onCancel={close} onSubmit={(input) => update.mutate({ id, input: input }, { onSuccess })} />
        )}
        {editing?.kind === 'qualification' && (
          <QualificationForm pending={addQualification.isPending} error={addQualification.error} onCancel={close} onSubmit={(input) => addQualification.mutate({ trainerId: id, input }, { onSuccess })} />
        )}
        {editing?.kind === 'status' && (
          <StatusForm current={editing.q.status} pending={changeStatus.isPending} error={changeStatus.error} onCancel={close} onSubmit={(input) => changeStatus.mutate({ id: editing.q.id, input }, { onSuccess })} />
        )}
        {editing?.kind === 'evidence' && (
          <EvidenceForm pending={addEvidence.isPending} error={addEvidence.error} onCancel={close} onSubmit={(input) => addEvidence.mutate({ id: editing.q.id, input }, { onSuccess })} />
        )}
        {editing?.kind === 'leave' && (
          <LeaveForm leave={editing.leave} pending={saveLeave.isPending} error={saveLeave.error} onCancel={close} onSubmit={(input) => saveLeave.mutate({ id: editing.leave?.id ?? null, trainerId: id, input }, { onSuccess })} />
        )}
      </Modal>
      <ConfirmDelete
        title={t('trainers.confirmDelete')}
        message={removing ? t('trainers.deleteWhat', { name: removing.name }) : null}
        pending={remover.isPending}
        error={remover.error}
        onCancel={closeRemove}
        onConfirm={() => removing && remover.mutate(removing.id, { onSuccess: closeRemove })}
      />
    </Stack>
  );
}
