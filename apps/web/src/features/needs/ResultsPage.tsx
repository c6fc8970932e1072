import { Anchor, Breadcrumbs, Button, Group, NativeSelect, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useCan } from '../auth/session';
import { reportUrl, resultsExportUrl, useCampaign, useCampaigns, useHeatmap, type By } from './api';
import { ComparePanel } from './ComparePanel';
import { DrilldownDrawer, type Cell } from './DrilldownDrawer';
import { inLocale } from './labels';
import { NeedsTable } from './NeedsTable';

const HeatmapChart = lazy(() => import('./HeatmapChart'));

type Level = { orgUnitId: string; name: string };

/** Results of a closed campaign: heatmap with drill-down, ranked needs, comparison; names only for managers and supervisors. */
export default function ResultsPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const { id = '' } = useParams();
  const canReport = can('CampaignManage') || can('AggregateRead');
  const isPhone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [by, setBy] = useState<By>(isPhone ? 'area' : 'competency');
  const [path, setPath] = useState<Level[]>([]);
  const [cell, setCell] = useState<Cell | null>(null);
  const [limit, setLimit] = useState(20);
  const canList = can('CampaignRead');
  const hasNames = can('NeedsRead');
  const campaign = useCampaign(id, canList);
  const campaigns = useCampaigns(canList);
  const current = path.at(-1) ?? null;
  const heatmap = useHeatmap(id, by, current?.orgUnitId ?? null);

  const rows = heatmap.data?.rows ?? [];
  const rowLabels = useMemo(() => rows.map((r) => (r.isDirect ? t('needs.results.direct', { unit: r.orgUnitName }) : r.orgUnitName)), [rows, t]);
  const names = useMemo(() => new Map((heatmap.data?.columns ?? []).map((c) => [c.key, inLocale(c.name)])), [heatmap.data]);
  const drillable = rows.filter((r) => !r.isDirect);
  // A single top unit (the directorate general) tells nothing: open it once, the breadcrumb still leads back.
  const descended = useRef(false);
  useEffect(() => {
    const only = rows.length === 1 ? rows[0] : undefined;
    if (descended.current || path.length > 0 || !only || only.isDirect || heatmap.isPlaceholderData) return;
    descended.current = true;
    setPath([{ orgUnitId: only.orgUnitId, name: only.orgUnitName }]);
  }, [rows, path.length, heatmap.isPlaceholderData]);
  const goDown = (index: number) => {
    const row = rows[index];
    if (row && !row.isDirect) setPath((p) => [...p, { orgUnitId: row.orgUnitId, name: row.orgUnitName }]);
  };
  const openCell = (index: number, key: string) => {
    const row = rows[index];
    if (row) setCell({ orgUnitId: row.orgUnitId, key, by, title: `${row.orgUnitName} · ${names.get(key) ?? key}` });
  };
  const others = (campaigns.data ?? []).filter((c) => c.status === 'closed' && c.id !== id);

  return (
    <Stack>
      {canList && (
        <Anchor component={Link} to={`/campaigns/${id}`} size="sm">
          {t('needs.results.backToCampaign')}
        </Anchor>
      )}
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('needs.results.title')}</Title>
          {campaign.data && <Text c="dimmed">{campaign.data.name}</Text>}
        </div>
        <Group gap="xs">
          {canReport && (
            <Button component="a" href={reportUrl(id, i18n.language === 'pt' ? 'pt' : 'en')} variant="default" size="sm" download>
              {t('needs.results.report')}
            </Button>
          )}
          {hasNames && (
            <Button component="a" href={resultsExportUrl(id)} variant="default" size="sm" download>
              {t('needs.results.export')}
            </Button>
          )}
        </Group>
      </Group>

      <Stack gap="xs" component="section" aria-labelledby="heatmap-title">
        <Title order={2} size="h3" id="heatmap-title">
          {t('needs.results.heatmapTitle')}
        </Title>
        <Group gap="md" align="flex-end">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="columns-label">
              {t('needs.results.columns')}
            </Text>
            <SegmentedControl
              aria-labelledby="columns-label"
              value={by}
              onChange={(v) => setBy(v === 'area' ? 'area' : 'competency')}
              data={[
                { value: 'competency', label: t('needs.results.byCompetency') },
                { value: 'area', label: t('needs.results.byArea') },
              ]}
            />
          </Stack>
          {drillable.length > 0 && (
            <NativeSelect
              label={t('needs.results.goDown')}
              data={[{ value: '', label: t('needs.results.chooseUnit') }, ...drillable.map((r) => ({ value: r.orgUnitId, label: r.orgUnitName }))]}
              value=""
              onChange={(e) => goDown(rows.findIndex((r) => r.orgUnitId === e.currentTarget.value && !r.isDirect))}
            />
          )}
        </Group>
        <nav aria-label={t('needs.results.levels')}>
          <Breadcrumbs>
          <Anchor component="button" type="button" size="sm" onClick={() => setPath([])} disabled={path.length === 0}>
            {t('needs.results.top')}
          </Anchor>
          {path.map((level, i) => (
            <Anchor key={level.orgUnitId} component="button" type="button" size="sm" onClick={() => setPath((p) => p.slice(0, i + 1))} aria-current={i === path.length - 1 ? 'location' : undefined}>
              {level.name}
            </Anchor>
          ))}
          </Breadcrumbs>
        </nav>
        <Text size="xs" c="dimmed">
          {hasNames ? t('needs.results.heatmapHint') : t('needs.results.heatmapHintAggregate')}
        </Text>
        <Paper withBorder p="xs" style={{ opacity: heatmap.isPlaceholderData ? 0.6 : 1 }} aria-busy={heatmap.isFetching}>
          {heatmap.error ? (
            <ErrorAlert error={heatmap.error} />
          ) : !heatmap.data ? (
            <PageLoader />
          ) : rows.length === 0 ? (
            <Text>{t('needs.results.noResults')}</Text>
          ) : (
            <Suspense fallback={<PageLoader />}>
              <HeatmapChart heatmap={heatmap.data} rowLabels={rowLabels} onRowClick={goDown} onCellClick={hasNames ? openCell : undefined} />
            </Suspense>
          )}
        </Paper>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="needs-title">
        <Title order={2} size="h3" id="needs-title">
          {t('needs.results.needsTitle')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('needs.results.needsHint')}
        </Text>
        <NeedsTable campaignId={id} limit={limit} onMore={() => setLimit((l) => Math.min(1000, l * 5))} />
      </Stack>

      {canList && (
        <Stack gap="xs" component="section" aria-labelledby="compare-title">
          <Title order={2} size="h3" id="compare-title">
            {t('needs.compare.title')}
          </Title>
          <ComparePanel campaignId={id} others={others} by={by} names={names} />
        </Stack>
      )}
      {hasNames && <DrilldownDrawer campaignId={id} cell={cell} onClose={() => setCell(null)} />}
    </Stack>
  );
}
