import type { TPlanSummary } from '@formasaun/shared';
import { Anchor, Button, Checkbox, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { ToneBadge } from '../../components/ToneBadge';
import { useCan } from '../auth/session';
import { usePlans } from './api';
import { formatCount, formatFigure, formatMoney, JOB_TONE, jobLabel, PLAN_TONE } from './labels';
import { PlanCreateDialog } from './PlanCreateDialog';
import { ScrollTable } from './ScrollTable';

/** Multi-year plans built from closed TNA campaigns, their scenarios, and the way into comparing two of them. */
export default function PlansPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const plans = usePlans();
  const [creating, setCreating] = useState(0);
  const [picked, setPicked] = useState<string[]>([]);
  const names = useMemo(() => new Map((plans.data ?? []).map((p) => [p.id, p.name])), [plans.data]);

  const toggle = (id: string, on: boolean) => setPicked((list) => (on ? [...list.filter((x) => x !== id), id].slice(-2) : list.filter((x) => x !== id)));
  const compare = () => {
    const [a, b] = picked;
    if (a && b) void navigate(`/plans/compare?a=${a}&b=${b}`);
  };

  if (plans.isPending) return <PageLoader />;
  if (plans.error) return <ErrorAlert error={plans.error} />;
  const items = plans.data;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('planning.list.title')}</Title>
        <Group gap="xs">
          {items.length >= 2 && (
            <Button variant="default" onClick={compare} disabled={picked.length !== 2}>
              {t('planning.list.compare')}
            </Button>
          )}
          {can('PlanWrite') && <Button onClick={() => setCreating((n) => n + 1)}>{t('planning.list.new')}</Button>}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {items.length >= 2 ? t('planning.list.hintCompare') : t('planning.list.hint')}
      </Text>
      {items.length === 0 ? (
        <Text>{t('planning.list.none')}</Text>
      ) : (
        <Paper withBorder>
          <ScrollTable label={t('planning.list.title')} minWidth={900}>
            <Table striped highlightOnHover aria-label={t('planning.list.title')}>
              <Table.Thead>
                <Table.Tr>
                  {items.length >= 2 && <Table.Th w={40}><VisuallyHidden>{t('planning.list.pick')}</VisuallyHidden></Table.Th>}
                  <Table.Th miw={200}>{t('planning.list.name')}</Table.Th>
                  <Table.Th>{t('planning.list.years')}</Table.Th>
                  <Table.Th>{t('planning.list.status')}</Table.Th>
                  <Table.Th>{t('planning.list.computation')}</Table.Th>
                  <Table.Th ta="right">{t('planning.list.objective')}</Table.Th>
                  <Table.Th ta="right">{t('planning.list.totalCost')}</Table.Th>
                  <Table.Th ta="right">{t('planning.list.runs')}</Table.Th>
                  <Table.Th>{t('planning.list.scenarioOf')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <PlanRow key={p.id} plan={p} parentName={p.parentId ? (names.get(p.parentId) ?? '—') : null} pickable={items.length >= 2} picked={picked.includes(p.id)} onPick={toggle} />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Paper>
      )}
      {can('PlanWrite') && <PlanCreateDialog key={creating} opened={creating > 0} onClose={() => setCreating(0)} />}
    </Stack>
  );
}

interface PlanRowProps {
  plan: TPlanSummary;
  parentName: string | null;
  pickable: boolean;
  picked: boolean;
  onPick: (id: string, on: boolean) => void;
}

function PlanRow({ plan, parentName, pickable, picked, onPick }: PlanRowProps) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      {pickable && (
        <Table.Td>
          <Checkbox aria-label={t('planning.list.pickPlan', { name: plan.name })} checked={picked} onChange={(e) => onPick(plan.id, e.currentTarget.checked)} />
        </Table.Td>
      )}
      <Table.Td>
        <Anchor component={Link} to={`/plans/${plan.id}`} fw={600}>
          {plan.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {plan.campaignName}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{`${plan.fromYear}–${plan.toYear}`}</Table.Td>
      <Table.Td>
        <ToneBadge tone={PLAN_TONE[plan.status]}>{t(`planning.status.${plan.status}`)}</ToneBadge>
      </Table.Td>
      <Table.Td>
        <ToneBadge tone={plan.job.state === 'idle' && plan.computedAt ? 'positive' : JOB_TONE[plan.job.state]}>{jobLabel(t, plan)}</ToneBadge>
      </Table.Td>
      <Table.Td ta="right">{formatFigure(plan.objective)}</Table.Td>
      <Table.Td ta="right">{formatMoney(plan.totalCost)}</Table.Td>
      <Table.Td ta="right">{formatCount(plan.totalRuns)}</Table.Td>
      <Table.Td>{parentName ?? '—'}</Table.Td>
    </Table.Tr>
  );
}
