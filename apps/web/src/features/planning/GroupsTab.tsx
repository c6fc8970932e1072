import type { TPlanDetail } from '@formasaun/shared';
import { Group, Paper, Progress, Stack, Table, Text, TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatFigure, formatPercent } from './labels';
import { ScrollTable } from './ScrollTable';

type PlanGroup = TPlanDetail['groups'][number];
type SortKey = 'unit' | 'position' | 'size' | 'participants' | 'gapBefore' | 'gapClosed' | 'share';
interface Sort {
  key: SortKey;
  desc: boolean;
}

const share = (closed: number, before: number) => (before > 0 ? (closed / before) * 100 : null);

const SORTERS: Record<SortKey, (a: PlanGroup, b: PlanGroup) => number> = {
  unit: (a, b) => a.orgUnitName.localeCompare(b.orgUnitName) || a.positionName.localeCompare(b.positionName),
  position: (a, b) => a.positionName.localeCompare(b.positionName) || a.orgUnitName.localeCompare(b.orgUnitName),
  size: (a, b) => a.size - b.size,
  participants: (a, b) => a.participants - b.participants,
  gapBefore: (a, b) => a.gapBefore - b.gapBefore,
  gapClosed: (a, b) => a.gapClosed - b.gapClosed,
  share: (a, b) => (share(a.gapClosed, a.gapBefore) ?? -1) - (share(b.gapClosed, b.gapBefore) ?? -1),
};

/** Participants per target group and how much of each group's weighted gap the plan closes; the largest gaps first. */
export function GroupsTab({ plan }: { plan: TPlanDetail }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim().toLocaleLowerCase(), 150);
  const [sort, setSort] = useState<Sort>({ key: 'gapBefore', desc: true });
  const groups = useMemo(() => {
    const shown = debounced
      ? plan.groups.filter((g) => g.orgUnitName.toLocaleLowerCase().includes(debounced) || g.positionName.toLocaleLowerCase().includes(debounced))
      : plan.groups;
    const by = SORTERS[sort.key];
    return [...shown].sort((a, b) => (sort.desc ? by(b, a) : by(a, b)) || SORTERS.unit(a, b));
  }, [plan.groups, debounced, sort]);
  const total = groups.reduce(
    (s, g) => ({ size: s.size + g.size, participants: s.participants + g.participants, before: s.before + g.gapBefore, closed: s.closed + g.gapClosed }),
    { size: 0, participants: 0, before: 0, closed: 0 },
  );
  // Text columns start A→Z, figures largest first.
  const onSort = (key: SortKey) => setSort((s) => (s.key === key ? { key, desc: !s.desc } : { key, desc: key !== 'unit' && key !== 'position' }));
  const th = (key: SortKey, label: ReactNode, right = false, miw?: number) => (
    <SortTh key={key} label={label} active={sort.key === key} desc={sort.desc} right={right} miw={miw} onSort={() => onSort(key)} />
  );

  if (plan.groups.length === 0) return <Text>{t('planning.groups.none')}</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('planning.groups.hint')}
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput label={t('planning.groups.filter')} placeholder={t('planning.groups.filterPlaceholder')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} w={320} maw="100%" />
        <Text size="sm" c="dimmed" aria-live="polite" pb={6}>
          {t('planning.groups.shown', { count: groups.length, total: plan.groups.length })}
        </Text>
      </Group>
      <Paper withBorder>
        <ScrollTable label={t('planning.tabs.groups')} minWidth={760}>
          <Table striped aria-label={t('planning.tabs.groups')}>
            <Table.Thead>
              <Table.Tr>
                {th('unit', t('planning.groups.unit'))}
                {th('position', t('planning.groups.position'))}
                {th('size', t('planning.groups.size'), true)}
                {th(
                  'participants',
                  <Tooltip label={t('planning.groups.placesHint')} multiline w={220} withArrow>
                    <span style={{ textDecoration: 'underline dotted', textUnderlineOffset: 3 }}>{t('planning.groups.participants')}</span>
                  </Tooltip>,
                  true,
                )}
                {th('gapBefore', t('planning.groups.gapBefore'), true)}
                {th('gapClosed', t('planning.groups.gapClosed'), true)}
                {th('share', t('planning.groups.closedShare'), false, 150)}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={7}>
                    <Text size="sm">{t('planning.groups.noMatch')}</Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {groups.map((g) => {
                const pct = share(g.gapClosed, g.gapBefore);
                return (
                  <Table.Tr key={g.id}>
                    <Table.Td>{g.orgUnitName}</Table.Td>
                    <Table.Td>{g.positionName}</Table.Td>
                    <Table.Td ta="right">{formatCount(g.size)}</Table.Td>
                    <Table.Td ta="right">{formatCount(g.participants)}</Table.Td>
                    <Table.Td ta="right">{formatFigure(g.gapBefore)}</Table.Td>
                    <Table.Td ta="right">{formatFigure(g.gapClosed)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Progress value={pct ?? 0} w={70} size="sm" aria-hidden />
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatPercent(pct, 0)}
                        </Text>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={2}>{t('planning.total')}</Table.Th>
                <Table.Th ta="right">{formatCount(total.size)}</Table.Th>
                <Table.Th ta="right">{formatCount(total.participants)}</Table.Th>
                <Table.Th ta="right">{formatFigure(total.before)}</Table.Th>
                <Table.Th ta="right">{formatFigure(total.closed)}</Table.Th>
                <Table.Th>{formatPercent(share(total.closed, total.before), 0)}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </ScrollTable>
      </Paper>
    </Stack>
  );
}

interface SortThProps {
  label: ReactNode;
  active: boolean;
  desc: boolean;
  right: boolean;
  miw?: number;
  onSort: () => void;
}

/** A column header that sorts by its column; the arrow and aria-sort say which way. */
function SortTh({ label, active, desc, right, miw, onSort }: SortThProps) {
  return (
    <Table.Th ta={right ? 'right' : undefined} miw={miw} aria-sort={active ? (desc ? 'descending' : 'ascending') : 'none'} style={{ whiteSpace: 'nowrap' }}>
      <UnstyledButton onClick={onSort} fw={700} fz="sm">
        {label}
        <span aria-hidden style={{ display: 'inline-block', width: '1.1em', opacity: active ? 1 : 0.35 }}>
          {active ? (desc ? ' ↓' : ' ↑') : ' ↕'}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
