import type { TGoal, TKpi, TObjective, TStrategy } from '@formasaun/shared';
import { Badge, Button, Group, Modal, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useCan } from '../auth/session';
import {
  type StrategyItem,
  useCreateStrategy,
  useDeleteItem,
  useDeleteStrategy,
  useReorderGoals,
  useSaveGoal,
  useSaveKpi,
  useSaveObjective,
  useStrategies,
  useStrategy,
  useUpdateStrategy,
} from './api';
import { ConfirmDelete } from './ConfirmDelete';
import { KpiForm } from './KpiForm';
import { type DocumentActions, StrategyDocument } from './StrategyDocument';
import { GoalForm, ObjectiveForm, StrategyForm } from './StrategyForms';

type Editing =
  | { kind: 'strategy'; strategy: TStrategy | null }
  | { kind: 'goal'; goal: TGoal | null }
  | { kind: 'objective'; goal: TGoal; objective: TObjective | null }
  | { kind: 'kpi'; objective: TObjective; kpi: TKpi | null };
type Removing = { kind: StrategyItem | 'strategy'; id: string; name: string };

/** The training strategy as a readable document, with edit forms for those who may write it. */
export default function StrategyPage() {
  const { t } = useTranslation();
  const canWrite = useCan()('StrategyWrite');
  const [params, setParams] = useSearchParams();
  const list = useStrategies();
  const selectedId = params.get('id') ?? list.data?.[0]?.id ?? null;
  const strategy = useStrategy(selectedId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removing, setRemoving] = useState<Removing | null>(null);
  const create = useCreateStrategy();
  const update = useUpdateStrategy();
  const saveGoal = useSaveGoal();
  const saveObjective = useSaveObjective();
  const saveKpi = useSaveKpi();
  const reorder = useReorderGoals();
  const deleteItem = useDeleteItem();
  const deleteStrategy = useDeleteStrategy();
  const mutations = [create, update, saveGoal, saveObjective, saveKpi];

  const close = () => {
    for (const m of mutations) m.reset();
    setEditing(null);
  };
  const saved = () => {
    notifications.show({ color: 'teal', message: t('strategy.saved') });
    close();
  };
  const closeRemove = () => {
    deleteItem.reset();
    deleteStrategy.reset();
    setRemoving(null);
  };

  if (list.isPending) return <PageLoader />;
  if (list.error) return <ErrorAlert error={list.error} />;
  const s = strategy.data;

  const actions: DocumentActions | undefined =
    canWrite && s
      ? {
          editGoal: (goal) => setEditing({ kind: 'goal', goal }),
          deleteGoal: (goal) => setRemoving({ kind: 'goal', id: goal.id, name: goal.title }),
          moveGoal: (goal, delta) => {
            const ids = s.goals.map((g) => g.id);
            const i = ids.indexOf(goal.id);
            [ids[i], ids[i + delta]] = [ids[i + delta]!, ids[i]!];
            reorder.mutate({ id: s.id, goalIds: ids });
          },
          editObjective: (goal, objective) => setEditing({ kind: 'objective', goal, objective }),
          deleteObjective: (o) => setRemoving({ kind: 'objective', id: o.id, name: o.title }),
          editKpi: (objective, kpi) => setEditing({ kind: 'kpi', objective, kpi }),
          deleteKpi: (k) => setRemoving({ kind: 'kpi', id: k.id, name: k.name }),
        }
      : undefined;
  const years = s ? Array.from({ length: s.toYear - s.fromYear + 1 }, (_, i) => s.fromYear + i) : [];
  const titles: Record<Editing['kind'], string> = {
    strategy: editing?.kind === 'strategy' && editing.strategy ? t('strategy.editStrategy') : t('strategy.newStrategy'),
    goal: editing?.kind === 'goal' && editing.goal ? t('strategy.editGoal') : t('strategy.addGoal'),
    objective: editing?.kind === 'objective' && editing.objective ? t('strategy.editObjective') : t('strategy.addObjective'),
    kpi: editing?.kind === 'kpi' && editing.kpi ? t('strategy.editKpi') : t('strategy.addKpi'),
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('strategy.title')}</Title>
        {canWrite && <Button onClick={() => setEditing({ kind: 'strategy', strategy: null })}>{t('strategy.newStrategy')}</Button>}
      </Group>
      {list.data.length > 1 && (
        <Select
          label={t('strategy.choose')}
          data={list.data.map((x) => ({ value: x.id, label: `${x.title} (${x.fromYear}–${x.toYear})` }))}
          value={selectedId}
          onChange={(id) => id && setParams({ id })}
          allowDeselect={false}
          maw={480}
        />
      )}
      {list.data.length === 0 && <Text>{t('strategy.none')}</Text>}
      {reorder.error ? <ErrorAlert error={reorder.error} /> : null}
      {strategy.error ? <ErrorAlert error={strategy.error} /> : null}
      {selectedId && strategy.isPending && <PageLoader />}
      {s && (
        <Paper withBorder p={{ base: 'sm', sm: 'lg' }}>
          <Stack gap="lg">
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={2}>{s.title}</Title>
                <Badge variant="light" size="lg" mt={4}>
                  {s.fromYear}–{s.toYear}
                </Badge>
              </div>
              {canWrite && (
                <Group gap="xs">
                  <Button variant="default" onClick={() => setEditing({ kind: 'strategy', strategy: s })}>
                    {t('strategy.editStrategy')}
                  </Button>
                  <Button variant="subtle" color="red" onClick={() => setRemoving({ kind: 'strategy', id: s.id, name: s.title })}>
                    {t('strategy.delete')}
                  </Button>
                </Group>
              )}
            </Group>
            <StrategyDocument strategy={s} actions={actions} />
          </Stack>
        </Paper>
      )}

      <Modal opened={editing !== null} onClose={close} title={editing ? titles[editing.kind] : ''} size="lg">
        {editing?.kind === 'strategy' && (
          <StrategyForm
            strategy={editing.strategy}
            defaultYear={new Date().getFullYear()}
            pending={create.isPending || update.isPending}
            error={create.error ?? update.error}
            onCancel={close}
            onSubmit={(input) =>
              editing.strategy
                ? update.mutate({ id: editing.strategy.id, input }, { onSuccess: saved })
                : create.mutate(input, {
                    onSuccess: (created) => {
                      setParams({ id: created.id });
                      saved();
                    },
                  })
            }
          />
        )}
        {editing?.kind === 'goal' && s && (
          <GoalForm
            goal={editing.goal}
            pending={saveGoal.isPending}
            error={saveGoal.error}
            onCancel={close}
            onSubmit={(input) => saveGoal.mutate({ strategyId: s.id, id: editing.goal?.id ?? null, input }, { onSuccess: saved })}
          />
        )}
        {editing?.kind === 'objective' && (
          <ObjectiveForm
            objective={editing.objective}
            pending={saveObjective.isPending}
            error={saveObjective.error}
            onCancel={close}
            onSubmit={(input) => saveObjective.mutate({ goalId: editing.goal.id, id: editing.objective?.id ?? null, input }, { onSuccess: saved })}
          />
        )}
        {editing?.kind === 'kpi' && (
          <KpiForm
            kpi={editing.kpi}
            years={years}
            pending={saveKpi.isPending}
            error={saveKpi.error}
            onCancel={close}
            onSubmit={(input) => saveKpi.mutate({ objectiveId: editing.objective.id, id: editing.kpi?.id ?? null, input }, { onSuccess: saved })}
          />
        )}
      </Modal>
      <ConfirmDelete
        title={t('strategy.deleteTitle')}
        message={removing ? t(`strategy.deleteConfirm.${removing.kind}`, { name: removing.name }) : null}
        pending={deleteItem.isPending || deleteStrategy.isPending}
        error={deleteItem.error ?? deleteStrategy.error}
        onCancel={closeRemove}
        onConfirm={() => {
          if (!removing) return;
          const done = () => {
            notifications.show({ color: 'teal', message: t('strategy.deleted') });
            closeRemove();
          };
          if (removing.kind === 'strategy') {
            deleteStrategy.mutate(removing.id, {
              onSuccess: () => {
                setParams({});
                done();
              },
            });
          } else deleteItem.mutate({ kind: removing.kind, id: removing.id }, { onSuccess: done });
        }}
      />
    </Stack>
  );
}
