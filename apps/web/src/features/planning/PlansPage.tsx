import type { TPlanSummary } from '@formasaun/shared';
import { Anchor, Button, Checkbox, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { ToneBadge } from '../../components/ToneBadge';
import { useCan, useSession } from '../auth/session';
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
  const currency = useSession().administration.currency;
  const isPhone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });

  const toggle = (id: string, on: boolean) => setPicked((list) => (on ? [...list.filter((x) => x !== id), id].slice(-2) : list.filter((x) => x !== id)));
  const compare = () => {
    const [a, b] = picked;
    if (a && b) void navigate(`/plans/compare?a=${a}&b=${b}`);
  };

  if (plans.isPending) return <PageLoader />;
  if (plans.error) return <ErrorAlert error={plans.error} />;
  const items = plans.data;
  const rowProps = (p: TPlanSummary): PlanRowProps => ({
    plan: p,
    parentName: p.parentId ? (names.get(p.parentId) ?? '—') : null,
    currency,
    pickable: items.length >= 2,
    picked: picked.includes(p.id),
    onPick: toggle,
  });
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
      ) : isPhone ? (
        <Stack gap="xs" component="ul" aria-label={t('planning.list.title')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((p) => (
            <PlanCard key={p.id} {...rowProps(p)} />
          ))}
        </Stack>
      ) : (
        <Paper withBorder>
          <ScrollTable label={t('planning.list.title')} minWidth={760}>
            <Table striped highlightOnHover aria-label={t('planning.list.title')}>
              <Table.Thead>
                <Table.Tr>
                  {items.length >= 2 && <Table.Th w={40}><VisuallyHidden>{t('planning.list.pick')}</VisuallyHidden></Table.Th>}
                  <Table.Th>{t('planning.list.name')}</Table.Th>
                  <Table.Th w={96}>{t('planning.list.years')}</Table.Th>
                  <Table.Th w={200}>{t('planning.list.status')}</Table.Th>
                  <Table.Th ta="right" w={110}>{t('planning.list.objective')}</Table.Th>
                  <Table.Th ta="right" w={130}>{t('planning.list.totalCost')}</Table.Th>
                  <Table.Th ta="right" w={70}>{t('planning.list.runs')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <PlanRow key={p.id} {...rowProps(p)} />
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
  currency: string;
  pickable: boolean;
  picked: boolean;
  onPick: (id: string, on: boolean) => void;
}

/** The plan's name, its campaign and, for a scenario, the plan it branches from. */
function PlanName({ plan, parentName }: Pick<PlanRowProps, 'plan' | 'parentName'>) {
  const { t } = useTranslation();
  return (
    <>
      <Anchor component={Link} to={`/plans/${plan.id}`} fw={600}>
        {plan.name}
      </Anchor>
      <Text size="xs" c="dimmed">
        {plan.campaignName}
        {parentName !== null && ` · ${t('planning.list.scenarioOfName', { name: parentName })}`}
      </Text>
    </>
  );
}

/** Approval status and computation state, side by side, wrapping only when they must. */
function PlanBadges({ plan }: { plan: TPlanSummary }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      <ToneBadge tone={PLAN_TONE[plan.status]}>{t(`planning.status.${plan.status}`)}</ToneBadge>
      <ToneBadge tone={plan.job.state === 'idle' && plan.computedAt ? 'positive' : JOB_TONE[plan.job.state]}>{jobLabel(t, plan)}</ToneBadge>
    </Group>
  );
}

function PickBox({ plan, picked, onPick }: Pick<PlanRowProps, 'plan' | 'picked' | 'onPick'>) {
  const { t } = useTranslation();
  return <Checkbox aria-label={t('planning.list.pickPlan', { name: plan.name })} checked={picked} onChange={(e) => onPick(plan.id, e.currentTarget.checked)} />;
}

function PlanRow({ plan, parentName, currency, pickable, picked, onPick }: PlanRowProps) {
  return (
    <Table.Tr>
      {pickable && (
        <Table.Td>
          <PickBox plan={plan} picked={picked} onPick={onPick} />
        </Table.Td>
      )}
      <Table.Td>
        <PlanName plan={plan} parentName={parentName} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{`${plan.fromYear}–${plan.toYear}`}</Table.Td>
      <Table.Td>
        <PlanBadges plan={plan} />
      </Table.Td>
      <Table.Td ta="right">{formatFigure(plan.objective)}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {formatMoney(plan.totalCost, currency)}
      </Table.Td>
      <Table.Td ta="right">{formatCount(plan.totalRuns)}</Table.Td>
    </Table.Tr>
  );
}

/** Phones: one card per plan, with the same facts as a table row. */
function PlanCard({ plan, parentName, currency, pickable, picked, onPick }: PlanRowProps) {
  const { t } = useTranslation();
  return (
    <li>
      <Paper withBorder p="sm">
        <Stack gap={6}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <PlanName plan={plan} parentName={parentName} />
            </div>
            {pickable && <PickBox plan={plan} picked={picked} onPick={onPick} />}
          </Group>
          <Group gap={6} wrap="wrap">
            <Text size="sm" fw={500}>{`${plan.fromYear}–${plan.toYear}`}</Text>
            <PlanBadges plan={plan} />
          </Group>
          <Text size="sm">
            {[
              `${t('planning.list.objective')}: ${formatFigure(plan.objective)}`,
              `${t('planning.list.totalCost')}: ${formatMoney(plan.totalCost, currency)}`,
              `${t('planning.list.runs')}: ${formatCount(plan.totalRuns)}`,
            ].join(' · ')}
          </Text>
        </Stack>
      </Paper>
    </li>
  );
}
