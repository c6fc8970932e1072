import type { TGoal, TKpi, TObjective, TStrategy } from '@formasaun/shared';
import { ActionIcon, Badge, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { areaLabel } from '../areas/labels';
import { KpiTable } from './KpiTable';

/** What the reader can do to each part; absent for readers without StrategyWrite. */
export interface DocumentActions {
  editGoal(goal: TGoal | null): void;
  deleteGoal(goal: TGoal): void;
  moveGoal(goal: TGoal, delta: -1 | 1): void;
  editObjective(goal: TGoal, objective: TObjective | null): void;
  deleteObjective(objective: TObjective): void;
  editKpi(objective: TObjective, kpi: TKpi | null): void;
  deleteKpi(kpi: TKpi): void;
}

function ObjectiveBlock({ number, objective, goal, years, actions }: { number: string; objective: TObjective; goal: TGoal; years: number[]; actions?: DocumentActions }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start">
        <div style={{ flex: '1 1 15rem' }}>
          <Title order={4} size="h5">
            {number} {objective.title}
          </Title>
          {objective.description && <Text size="sm">{objective.description}</Text>}
        </div>
        {actions && (
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="default" onClick={() => actions.editObjective(goal, objective)}>
              {t('strategy.edit')}
            </Button>
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => actions.deleteObjective(objective)}>
              {t('strategy.delete')}
            </Button>
          </Group>
        )}
      </Group>
      <Group gap={4}>
        {objective.functionalAreas.length === 0 ? (
          <Badge variant="outline" color="gray" tt="none">
            {t('strategy.crossCutting')}
          </Badge>
        ) : (
          objective.functionalAreas.map((a) => (
            <Badge key={a} variant="light" tt="none">
              {areaLabel(t, a)}
            </Badge>
          ))
        )}
      </Group>
      <KpiTable label={t('strategy.kpiTableOf', { objective: `${number} ${objective.title}` })} kpis={objective.kpis} years={years} onEdit={actions && ((k) => actions.editKpi(objective, k))} onDelete={actions && ((k) => actions.deleteKpi(k))} />
      {actions && (
        <Group>
          <Button size="compact-sm" variant="light" onClick={() => actions.editKpi(objective, null)}>
            {t('strategy.addKpi')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The strategy as the document a ministry reads: vision, mission, then goals → objectives → KPI tables. */
export function StrategyDocument({ strategy, actions }: { strategy: TStrategy; actions?: DocumentActions }) {
  const { t } = useTranslation();
  const years = Array.from({ length: strategy.toYear - strategy.fromYear + 1 }, (_, i) => strategy.fromYear + i);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={3}>{t('strategy.vision')}</Title>
        <Text>{strategy.vision ?? t('strategy.notWritten')}</Text>
      </Stack>
      <Stack gap={4}>
        <Title order={3}>{t('strategy.mission')}</Title>
        <Text>{strategy.mission ?? t('strategy.notWritten')}</Text>
      </Stack>
      <Divider />
      {strategy.goals.length === 0 && <Text c="dimmed">{t('strategy.noGoals')}</Text>}
      {strategy.goals.map((goal, gi) => (
        <Paper key={goal.id} withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={`goal-${goal.id}`}>
          <Stack gap="md">
            <Group justify="space-between" align="flex-start">
              <div style={{ flex: '1 1 15rem' }}>
                <Title order={3} size="h4" id={`goal-${goal.id}`}>
                  {t('strategy.goalNumber', { n: gi + 1 })} {goal.title}
                </Title>
                {goal.description && <Text size="sm">{goal.description}</Text>}
              </div>
              {actions && (
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="default" disabled={gi === 0} aria-label={t('strategy.moveUp', { title: goal.title })} onClick={() => actions.moveGoal(goal, -1)}>
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    disabled={gi === strategy.goals.length - 1}
                    aria-label={t('strategy.moveDown', { title: goal.title })}
                    onClick={() => actions.moveGoal(goal, 1)}
                  >
                    ↓
                  </ActionIcon>
                  <Button size="compact-xs" variant="default" onClick={() => actions.editGoal(goal)}>
                    {t('strategy.edit')}
                  </Button>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => actions.deleteGoal(goal)}>
                    {t('strategy.delete')}
                  </Button>
                </Group>
              )}
            </Group>
            {goal.objectives.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('strategy.noObjectives')}
              </Text>
            )}
            {goal.objectives.map((objective, oi) => (
              <ObjectiveBlock key={objective.id} number={`${gi + 1}.${oi + 1}`} objective={objective} goal={goal} years={years} actions={actions} />
            ))}
            {actions && (
              <Group>
                <Button size="compact-sm" variant="light" onClick={() => actions.editObjective(goal, null)}>
                  {t('strategy.addObjective')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      ))}
      {actions && (
        <Group>
          <Button variant="light" onClick={() => actions.editGoal(null)}>
            {t('strategy.addGoal')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
