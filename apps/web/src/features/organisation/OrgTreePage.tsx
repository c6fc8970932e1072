import type { TOrgUnit } from '@formasaun/shared';
import { Button, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { useCan } from '../auth/session';
import { useOrgUnits } from './api';
import { OrgUnitDialogs, type OrgDialog } from './OrgUnitDialogs';
import { OrgTree } from './OrgTree';
import { buildTree, type OrgNode } from './tree';

/** Keeps nodes whose name or code matches, with their ancestors, so matches stay in context. */
function filterTree(nodes: OrgNode[], needle: string): OrgNode[] {
  if (!needle) return nodes;
  const out: OrgNode[] = [];
  for (const node of nodes) {
    const children = filterTree(node.children, needle);
    const hit = `${node.unit.name} ${node.unit.code}`.toLowerCase().includes(needle);
    if (hit || children.length > 0) out.push({ ...node, children: hit ? node.children : children });
  }
  return out;
}

function allIds(nodes: OrgNode[], out: string[] = []): string[] {
  for (const node of nodes) {
    if (node.children.length > 0) out.push(node.unit.id);
    allIds(node.children, out);
  }
  return out;
}

export default function OrgTreePage() {
  const { t } = useTranslation();
  const can = useCan();
  const units = useOrgUnits();
  const [showClosed, setShowClosed] = useState(false);
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const [dialog, setDialog] = useState<OrgDialog | null>(null);
  const canWrite = can('OrgUnitWrite');

  const visible = useMemo(
    () => (units.data ?? []).filter((u: TOrgUnit) => showClosed || !u.closedOn),
    [units.data, showClosed],
  );
  const roots = useMemo(() => buildTree(visible), [visible]);
  const needle = filter.trim().toLowerCase();
  const shown = useMemo(() => filterTree(roots, needle), [roots, needle]);
  const total = roots.reduce((sum, n) => sum + n.subtreeOfficers, 0);
  // Until the user toggles something, the first two levels are open.
  const expandedIds = expanded ?? new Set(roots.map((r) => r.unit.id));
  const isExpanded = (id: string) => needle !== '' || expandedIds.has(id);
  const toggle = (id: string) => {
    const next = new Set(expandedIds);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('org.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('org.subtitle', { units: formatNumber(visible.length), officers: formatNumber(total) })}
          </Text>
        </div>
        {canWrite && <Button onClick={() => setDialog({ kind: 'create', parent: null })}>{t('org.addTopLevel')}</Button>}
      </Group>

      <Paper withBorder p="sm">
        <Group justify="space-between" gap="sm">
          <TextInput
            label={t('org.filter')}
            placeholder={t('org.filterPlaceholder')}
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            w={{ base: '100%', xs: 280 }}
          />
          <Group gap="sm">
            <Switch label={t('org.showClosed')} checked={showClosed} onChange={(e) => setShowClosed(e.currentTarget.checked)} />
            <Button variant="default" size="xs" onClick={() => setExpanded(new Set(allIds(roots)))}>
              {t('org.expandAll')}
            </Button>
            <Button variant="default" size="xs" onClick={() => setExpanded(new Set())}>
              {t('org.collapseAll')}
            </Button>
          </Group>
        </Group>
      </Paper>

      {units.isPending ? (
        <PageLoader />
      ) : units.error ? (
        <ErrorAlert error={units.error} />
      ) : shown.length === 0 ? (
        <Text c="dimmed">{needle ? t('common.nothingFound') : t('org.empty')}</Text>
      ) : (
        <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
          <OrgTree nodes={shown} isExpanded={isExpanded} onToggle={toggle} canWrite={canWrite} onAction={setDialog} />
        </Paper>
      )}

      <OrgUnitDialogs dialog={dialog} onClose={() => setDialog(null)} />
    </Stack>
  );
}
