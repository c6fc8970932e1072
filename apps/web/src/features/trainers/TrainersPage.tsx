import type { TTrainerInput, TTrainerPathStatus, TTrainerSummary } from '@formasaun/shared';
import { Anchor, Badge, Button, Group, Modal, Paper, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { useCan } from '../auth/session';
import { useCreateTrainer, useTrainers } from './api';
import { statusOptions, TrainerForm } from './TrainerForms';

/** The path status as a badge, darker further along the path. */
export function PathBadge({ status }: { status: TTrainerPathStatus | null }) {
  const { t } = useTranslation();
  if (!status) return <Text size="xs" c="dimmed">{t('trainers.noQualification')}</Text>;
  const color = { trained: 'gray', co_trainer: 'blue', lead: 'teal', master: 'grape' }[status];
  return (
    <Badge color={color} variant="light" style={{ overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }}>
      {t(`trainers.path.${status}`)}
    </Badge>
  );
}

function TrainerList({ trainers }: { trainers: TTrainerSummary[] }) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  if (trainers.length === 0) return <Text c="dimmed">{t('trainers.none')}</Text>;
  const name = (tr: TTrainerSummary) => (
    <Anchor component={Link} to={`/trainers/${tr.id}`} fw={600} size="sm">
      {tr.name}
    </Anchor>
  );
  if (isPhone) {
    return (
      <Stack gap="xs">
        {trainers.map((tr) => (
          <Paper key={tr.id} withBorder p="xs" opacity={tr.active ? 1 : 0.6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                {name(tr)}
                <Text size="xs" c="dimmed">
                  {t(`trainers.kinds.${tr.kind}`)} · {tr.organisation ?? '—'}
                </Text>
              </div>
              <PathBadge status={tr.highestStatus} />
            </Group>
            <Text size="xs" mt={4}>
              {t('trainers.figures', { courses: tr.qualifiedCourses, days: formatNumber(tr.daysPerQuarter), sessions: tr.sessionsThisQuarter })}
            </Text>
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <Paper withBorder>
      <Table striped aria-label={t('trainers.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('trainers.name')}</Table.Th>
            <Table.Th>{t('trainers.kind')}</Table.Th>
            <Table.Th>{t('trainers.organisationOrUnit')}</Table.Th>
            <Table.Th>{t('trainers.highestStatus')}</Table.Th>
            <Table.Th ta="right">{t('trainers.qualifiedCourses')}</Table.Th>
            <Table.Th ta="right">{t('trainers.daysPerQuarter')}</Table.Th>
            <Table.Th ta="right">{t('trainers.sessionsThisQuarter')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trainers.map((tr) => (
            <Table.Tr key={tr.id} opacity={tr.active ? 1 : 0.6}>
              <Table.Td>
                {name(tr)} {!tr.active && <Badge color="gray">{t('trainers.archived')}</Badge>}
              </Table.Td>
              <Table.Td>{t(`trainers.kinds.${tr.kind}`)}</Table.Td>
              <Table.Td>{tr.organisation ?? '—'}</Table.Td>
              <Table.Td>
                <PathBadge status={tr.highestStatus} />
              </Table.Td>
              <Table.Td ta="right">{tr.qualifiedCourses}</Table.Td>
              <Table.Td ta="right">{formatNumber(tr.daysPerQuarter)}</Table.Td>
              <Table.Td ta="right">{tr.sessionsThisQuarter}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** The trainer pool: internal trainers and external experts, filtered by kind and path status. */
export default function TrainersPage() {
  const { t } = useTranslation();
  const canWrite = useCan()('CentreWrite');
  const trainers = useTrainers();
  const create = useCreateTrainer();
  const navigate = useNavigate();
  const [kind, setKind] = useState<'all' | 'internal' | 'external'>('all');
  const [status, setStatus] = useState<string | null>(null);
  const [adding, setAdding] = useState<'internal' | 'external' | null>(null);
  const close = () => {
    create.reset();
    setAdding(null);
  };

  if (trainers.error) return <ErrorAlert error={trainers.error} />;
  if (!trainers.data) return <PageLoader />;
  const shown = trainers.data.filter((tr) => (kind === 'all' || tr.kind === kind) && (!status || tr.highestStatus === status));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('trainers.title')}</Title>
        {canWrite && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setAdding('external')}>
              {t('trainers.addExternal')}
            </Button>
            <Button onClick={() => setAdding('internal')}>{t('trainers.addInternal')}</Button>
          </Group>
        )}
      </Group>
      <Group gap="sm" align="flex-end">
        <SegmentedControl
          value={kind}
          onChange={(v) => setKind(v)}
          data={[
            { value: 'all', label: t('trainers.all') },
            { value: 'internal', label: t('trainers.kinds.internal') },
            { value: 'external', label: t('trainers.kinds.external') },
          ]}
        />
        <Select aria-label={t('trainers.highestStatus')} placeholder={t('trainers.anyStatus')} data={statusOptions(t)} value={status} onChange={setStatus} clearable w={200} />
      </Group>
      <TrainerList trainers={shown} />
      <Modal opened={adding !== null} onClose={close} title={adding ? t(`trainers.add_${adding}`) : ''} size="lg">
        {adding && (
          <TrainerForm
            trainer={null}
            kind={adding}
            pending={create.isPending}
            error={create.error}
            onCancel={close}
            onSubmit={(input) =>
              create.mutate(input as TTrainerInput, {
                onSuccess: (created) => {
                  notifications.show({ color: 'teal', message: t('trainers.saved') });
                  close();
                  void navigate(`/trainers/${created.id}`);
                },
              })
            }
          />
        )}
      </Modal>
    </Stack>
  );
}
