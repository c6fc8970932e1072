import { FUNCTIONAL_AREAS, type TPlanDetail } from '@formasaun/shared';
import { Anchor, List, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { usePlan, usePlans } from './api';
import { areaName, courseTitle, formatCount, formatFigure, formatMoney, formatPercent } from './labels';
import { courseDifference, planFigures, unionKeys, type PlanFigures } from './plan-views';
import { ScrollTable } from './ScrollTable';

const BarsChart = lazy(() => import('./BarsChart'));
const axisFmt = (v: number) => formatFigure(v, 0);

const COLOR_A = '#0b5d76';
const COLOR_B = '#a63b0c';

/** Two plans (usually a plan and its scenario) side by side: what each achieves, costs, and which courses differ. */
export default function ComparePage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const a = search.get('a');
  const b = search.get('b');
  const plans = usePlans();
  const planA = usePlan(a);
  const planB = usePlan(b);
  const choose = (key: 'a' | 'b', value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  };
  const options = [{ value: '', label: t('planning.compare.choose') }, ...(plans.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.fromYear}–${p.toYear})` }))];

  return (
    <Stack>
      <Anchor component={Link} to="/plans" size="sm">
        {t('planning.detail.back')}
      </Anchor>
      <Title order={1}>{t('planning.compare.title')}</Title>
      {plans.error && <ErrorAlert error={plans.error} />}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect label={t('planning.compare.planA')} data={options} value={a ?? ''} onChange={(e) => choose('a', e.currentTarget.value)} />
        <NativeSelect label={t('planning.compare.planB')} data={options} value={b ?? ''} onChange={(e) => choose('b', e.currentTarget.value)} />
      </SimpleGrid>
      {!a || !b ? (
        <Text>{t('planning.compare.pick')}</Text>
      ) : planA.error || planB.error ? (
        <ErrorAlert error={planA.error ?? planB.error} />
      ) : !planA.data || !planB.data ? (
        <PageLoader />
      ) : (
        <Comparison a={planA.data} b={planB.data} />
      )}
    </Stack>
  );
}

function Comparison({ a, b }: { a: TPlanDetail; b: TPlanDetail }) {
  const { t } = useTranslation();
  const fa = useMemo(() => planFigures(a), [a]);
  const fb = useMemo(() => planFigures(b), [b]);
  const money = useCallback((v: number) => formatMoney(v, a.currency), [a.currency]);
  const diff = useMemo(() => courseDifference(a, b), [a, b]);
  const sourceNames = useMemo(() => new Map([...a.sources, ...b.sources].map((s) => [s.sourceId, s.sourceName])), [a.sources, b.sources]);
  const areas = useMemo(() => FUNCTIONAL_AREAS.filter((x) => (fa.gapClosedByArea[x] ?? 0) > 0 || (fb.gapClosedByArea[x] ?? 0) > 0), [fa, fb]);
  const bars = useMemo(
    () => ({
      categories: areas.map((x) => areaName(t, x)),
      series: [
        { name: a.name, values: areas.map((x) => fa.gapClosedByArea[x] ?? 0), color: COLOR_A },
        { name: b.name, values: areas.map((x) => fb.gapClosedByArea[x] ?? 0), color: COLOR_B },
      ],
    }),
    [areas, a.name, b.name, fa, fb, t],
  );
  const fmtGap = useCallback((v: number) => formatFigure(v, 1), []);

  type Row = {
    label: string;
    pick: (f: PlanFigures) => number | null;
    format: (v: number | null) => string;
    /** How a difference reads, when not like the values (percentage points). */
    formatDiff?: (v: number) => string;
    section?: string;
    isPart?: boolean;
  };
  const percent = (v: number | null) => formatPercent(v, 1);
  const rows: Row[] = [
    { label: t('planning.figures.objective'), pick: (f) => f.objective, format: (v) => formatFigure(v) },
    { label: t('planning.figures.closed'), pick: (f) => f.closedShare, format: percent, formatDiff: (v) => t('planning.compare.points', { value: formatFigure(v) }) },
    { label: t('planning.figures.runs'), pick: (f) => f.runs, format: formatCount },
    { label: t('planning.figures.participants'), pick: (f) => f.participants, format: formatCount },
    { label: t('planning.figures.cost'), pick: (f) => f.totalCost, format: (v) => (v === null ? '—' : money(v)) },
    ...unionKeys(fa.costByYear, fb.costByYear).map((y, i) => ({
      label: y,
      section: i === 0 ? t('planning.compare.costByYear') : undefined,
      isPart: true,
      pick: (f: PlanFigures) => f.costByYear[y] ?? null,
      format: (v: number | null) => (v === null ? '—' : money(v)),
    })),
    ...unionKeys(fa.costBySource, fb.costBySource).map((s, i) => ({
      label: sourceNames.get(s) ?? s,
      section: i === 0 ? t('planning.compare.costBySource') : undefined,
      isPart: true,
      pick: (f: PlanFigures) => f.costBySource[s] ?? null,
      format: (v: number | null) => (v === null ? '—' : money(v)),
    })),
  ];
  const settingRows: { label: string; a: string; b: string }[] = [
    { label: t('planning.settings.budget'), a: `${Math.round(a.settings.budgetFactor * 100)} %`, b: `${Math.round(b.settings.budgetFactor * 100)} %` },
    { label: t('planning.settings.trainerDays'), a: `${Math.round(a.settings.trainerDaysFactor * 100)} %`, b: `${Math.round(b.settings.trainerDaysFactor * 100)} %` },
    {
      label: t('planning.settings.excludedSources'),
      a: a.settings.excludedSourceIds.map((id) => sourceNames.get(id) ?? '?').join(', ') || '—',
      b: b.settings.excludedSourceIds.map((id) => sourceNames.get(id) ?? '?').join(', ') || '—',
    },
    { label: t('planning.settings.includePledged'), a: a.settings.includePledged ? t('planning.yes') : t('planning.no'), b: b.settings.includePledged ? t('planning.yes') : t('planning.no') },
  ];
  const signed = (row: Row) => {
    const va = row.pick(fa);
    const vb = row.pick(fb);
    if (va === null || vb === null) return '—';
    const d = vb - va;
    return `${d > 0 ? '+' : d < 0 ? '−' : '±'}${(row.formatDiff ?? row.format)(Math.abs(d))}`;
  };

  return (
    <Stack gap="lg">
      <Paper withBorder>
        <ScrollTable label={t('planning.compare.title')} minWidth={620}>
          <Table striped aria-label={t('planning.compare.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th ta="right">
                  <Anchor component={Link} to={`/plans/${a.id}`} c={COLOR_A}>
                    {a.name}
                  </Anchor>
                </Table.Th>
                <Table.Th ta="right">
                  <Anchor component={Link} to={`/plans/${b.id}`} c={COLOR_B}>
                    {b.name}
                  </Anchor>
                </Table.Th>
                <Table.Th ta="right">{t('planning.compare.difference')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {settingRows.map((r) => (
                <Table.Tr key={r.label}>
                  <Table.Th scope="row" fw={400}>
                    {r.label}
                  </Table.Th>
                  <Table.Td ta="right">{r.a}</Table.Td>
                  <Table.Td ta="right">{r.b}</Table.Td>
                  <Table.Td />
                </Table.Tr>
              ))}
              {rows.map((r) => (
                <SectionRow key={`${r.section ?? ''}${r.label}`} section={r.section}>
                  <Table.Tr>
                    <Table.Th scope="row" fw={r.isPart ? 400 : 600} pl={r.isPart ? 'lg' : undefined}>
                      {r.label}
                    </Table.Th>
                    <Table.Td ta="right">{r.format(r.pick(fa))}</Table.Td>
                    <Table.Td ta="right">{r.format(r.pick(fb))}</Table.Td>
                    <Table.Td ta="right">{signed(r)}</Table.Td>
                  </Table.Tr>
                </SectionRow>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Paper>

      <Stack gap="xs" component="section" aria-labelledby="compare-areas-title">
        <Title order={2} size="h4" id="compare-areas-title">
          {t('planning.compare.byArea')}
        </Title>
        {areas.length === 0 ? (
          <Text>{t('planning.gaps.none')}</Text>
        ) : (
          <Paper withBorder p="xs">
            <Suspense fallback={<PageLoader />}>
              <BarsChart categories={bars.categories} series={bars.series} horizontal format={fmtGap} axisFormat={axisFmt} description={t('planning.compare.chartDescription')} />
            </Suspense>
          </Paper>
        )}
      </Stack>

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CourseList title={t('planning.compare.onlyIn', { name: a.name })} courses={diff.onlyA} />
        <CourseList title={t('planning.compare.onlyIn', { name: b.name })} courses={diff.onlyB} />
      </SimpleGrid>
    </Stack>
  );
}

/** A heading row before the first row of a group (cost by year, cost by source). */
function SectionRow({ section, children }: { section?: string; children: ReactNode }) {
  if (!section) return <>{children}</>;
  return (
    <>
      <Table.Tr>
        <Table.Th scope="rowgroup" colSpan={4}>
          {section}
        </Table.Th>
      </Table.Tr>
      {children}
    </>
  );
}

function CourseList({ title, courses }: { title: string; courses: ReturnType<typeof courseDifference>['onlyA'] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="section" aria-label={title}>
      <Text fw={600} mb="xs">
        {title}
      </Text>
      {courses.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('planning.compare.noDifference')}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {courses.map((c) => (
            <List.Item key={c.courseId}>{`${c.code} · ${courseTitle(c)} (${areaName(t, c.functionalArea)})`}</List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
