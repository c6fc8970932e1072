import type { TPlanDetail } from '@formasaun/shared';
import { Alert, Anchor, Group, List, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { ToneBadge } from '../../components/ToneBadge';
import { useCan } from '../auth/session';
import { useCancelOptimise, useOptimise, usePlan, usePlanProgress, usePlans } from './api';
import { BudgetTab } from './BudgetTab';
import { GapsTab } from './GapsTab';
import { GroupsTab } from './GroupsTab';
import { formatCount, formatFigure, formatMoney, formatPercent, JOB_TONE, jobLabel, PLAN_TONE } from './labels';
import { OptimiseProgress } from './OptimiseProgress';
import { PlanActions } from './PlanActions';
import { closedShare, gapToBound } from './plan-views';
import { TimelineTab } from './TimelineTab';

const TABS = ['timeline', 'groups', 'budget', 'gaps'] as const;
type Tab = (typeof TABS)[number];

/** One plan: what it is built from, its computation, what it breaks, and the result by quarter, group, money and gap. */
export default function PlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const plan = usePlan(id);
  const progress = usePlanProgress(plan.data);
  const optimise = useOptimise(id);
  const cancel = useCancelOptimise(id);
  const [search, setSearch] = useSearchParams();
  const tab: Tab = TABS.find((x) => x === search.get('tab')) ?? 'timeline';

  if (plan.isPending) return <PageLoader />;
  if (plan.error) return <ErrorAlert error={plan.error} />;
  const p = plan.data;
  const job = progress.data ?? p.job;
  const isRunning = job.state === 'running';
  const hasResult = p.computedAt !== null || p.runs.length > 0;
  const canEdit = can('PlanWrite') && p.status === 'draft' && !isRunning;

  return (
    <Stack>
      <Anchor component={Link} to="/plans" size="sm">
        {t('planning.detail.back')}
      </Anchor>
      <PlanHeader plan={p} jobState={job.state} />
      <PlanActions
        plan={p}
        isRunning={isRunning}
        optimising={optimise.isPending}
        onOptimise={() => {
          cancel.reset();
          optimise.mutate();
        }}
      />
      {optimise.error && <ErrorAlert error={optimise.error} />}
      <OptimiseProgress
        progress={job}
        timeLimitSeconds={p.settings.timeLimitSeconds}
        canCancel={can('PlanWrite')}
        onCancel={() => cancel.mutate()}
        cancelling={cancel.isPending}
        cancelError={cancel.error}
      />
      <InputAlerts plan={p} />
      <Violations plan={p} />
      {hasResult ? (
        <>
          <KeyFigures plan={p} />
          <Tabs value={tab} onChange={(v) => setSearch(v && v !== 'timeline' ? { tab: v } : {}, { replace: true })} keepMounted={false}>
            {/* On a phone the tabs scroll sideways in one row rather than wrap onto a second. */}
            <Tabs.List style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden', scrollbarWidth: 'thin' }}>
              {TABS.map((x) => (
                <Tabs.Tab key={x} value={x} style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
                  {t(`planning.tabs.${x}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="timeline" pt="md">
              <TimelineTab plan={p} canEdit={canEdit} />
            </Tabs.Panel>
            <Tabs.Panel value="groups" pt="md">
              <GroupsTab plan={p} />
            </Tabs.Panel>
            <Tabs.Panel value="budget" pt="md">
              <BudgetTab plan={p} />
            </Tabs.Panel>
            <Tabs.Panel value="gaps" pt="md">
              <GapsTab plan={p} />
            </Tabs.Panel>
          </Tabs>
        </>
      ) : isRunning ? null : plan.isFetching ? (
        // The job has ended and its result is on its way: no "not computed" flash in between.
        <PageLoader />
      ) : (
        <Text>{can('PlanWrite') && p.status === 'draft' ? t('planning.detail.notComputed') : t('planning.detail.notComputedRead')}</Text>
      )}
    </Stack>
  );
}

function PlanHeader({ plan, jobState }: { plan: TPlanDetail; jobState: TPlanDetail['job']['state'] }) {
  const { t } = useTranslation();
  const plans = usePlans();
  const parent = plan.parentId ? plans.data?.find((x) => x.id === plan.parentId) : undefined;
  return (
    <Stack gap={4}>
      <Title order={1}>{plan.name}</Title>
      {/* One wrapping line of badges; sentence case keeps the long solver verdict short enough to share it on a phone. */}
      <Group gap={6} align="center" wrap="wrap">
        <ToneBadge tone={PLAN_TONE[plan.status]} tt="none">
          {t(`planning.status.${plan.status}`)}
        </ToneBadge>
        <ToneBadge tone={jobState === 'idle' && plan.computedAt ? 'positive' : JOB_TONE[jobState]} tt="none">
          {jobLabel(t, { ...plan, job: { ...plan.job, state: jobState } })}
        </ToneBadge>
        {plan.edited && (
          <ToneBadge tone="warning" tt="none">
            {t('planning.detail.edited')}
          </ToneBadge>
        )}
      </Group>
      <Text c="dimmed" size="sm">
        {[
          `${plan.fromYear}–${plan.toYear}`,
          t('planning.detail.campaign', { name: plan.campaignName }),
          plan.computedAt ? t('planning.detail.computedAt', { when: formatDateTime(plan.computedAt) }) : null,
          plan.approvedAt ? t('planning.detail.approvedAt', { when: formatDateTime(plan.approvedAt) }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {plan.parentId && (
        <Text size="sm">
          {t('planning.detail.scenarioOf')}{' '}
          <Anchor component={Link} to={`/plans/${plan.parentId}`}>
            {parent?.name ?? t('planning.detail.parent')}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}

function InputAlerts({ plan }: { plan: TPlanDetail }) {
  const { t } = useTranslation();
  return (
    <>
      {plan.inputsChanged.length > 0 && (
        <Alert color="yellow" variant="light" title={t('planning.detail.inputsChangedTitle')} c="#6e4200" role="status">
          {t('planning.detail.inputsChanged', { what: plan.inputsChanged.map((x) => t(`planning.inputs.${x}`, { defaultValue: x })).join(', ') })}
        </Alert>
      )}
      {plan.inputErrors.length > 0 && (
        <Alert color="red" variant="light" title={t('planning.detail.inputErrorsTitle')} role="alert">
          <List size="sm">
            {plan.inputErrors.map((e) => (
              <List.Item key={`${e.path}:${e.message}`}>{e.path ? `${e.path}: ${e.message}` : e.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}

/** Every rule the (hand-edited) plan breaks, in words: nothing is fixed silently. */
function Violations({ plan }: { plan: TPlanDetail }) {
  const { t } = useTranslation();
  if (plan.violations.length === 0) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={t('planning.violations.title', { count: plan.violations.length })}>
      <List size="sm" spacing={4}>
        {plan.violations.map((v, i) => (
          <List.Item key={`${v.code}:${i}`}>
            <Text span fw={600} size="sm">
              {t(`planning.violations.code.${v.code}`, { defaultValue: v.code })}:
            </Text>{' '}
            {v.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function KeyFigures({ plan }: { plan: TPlanDetail }) {
  const { t } = useTranslation();
  const runs = plan.runs.reduce((s, r) => s + r.count, 0);
  const participants = plan.runs.reduce((s, r) => s + r.totalParticipants, 0);
  const figures = [
    { label: t('planning.figures.objective'), value: formatFigure(plan.objective), hint: t('planning.figures.objectiveHint') },
    { label: t('planning.figures.closed'), value: formatPercent(closedShare(plan.areas), 1) },
    { label: t('planning.figures.gapToBound'), value: formatPercent(gapToBound(plan.objective, plan.bound), 2) },
    { label: t('planning.figures.greedy'), value: formatFigure(plan.greedyObjective) },
    { label: t('planning.figures.runs'), value: formatCount(runs) },
    { label: t('planning.figures.participants'), value: formatCount(participants) },
    { label: t('planning.figures.cost'), value: formatMoney(plan.totalCost, plan.currency) },
  ];
  return (
    <Paper withBorder p="sm">
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm" component="dl" m={0}>
        {figures.map((f) => (
          <div key={f.label} title={f.hint}>
            <Text component="dt" size="xs" c="dimmed">
              {f.label}
            </Text>
            <Text component="dd" fw={650} m={0} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {f.value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
