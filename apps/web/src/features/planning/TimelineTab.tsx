import type { TPlanDetail } from '@formasaun/shared';
import { Button, Group, Paper, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/session';
import { useCourseOptions } from './api';
import { areaName, courseTitle, formatCount, formatFigure, periodName } from './labels';
import { EMPTY_CELL, periodTotals, splitPeriod, timelineRows, type CourseInfo, type TimelineCell } from './plan-views';
import { RunEditDialog, type RunTarget } from './RunEditDialog';
import classes from './timeline.module.css';

/** Runs per quarter: one row per course, one column per quarter; a draft's cells open the pin / forbid / change dialog. */
export function TimelineTab({ plan, canEdit }: { plan: TPlanDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const can = useCan();
  const courses = useCourseOptions(can('CatalogueRead') && (canEdit || plan.pins.length > 0));
  const known = useMemo(
    () => new Map<string, CourseInfo>((courses.data ?? []).map((c) => [c.id, { courseId: c.id, code: c.code, titleEn: c.titleEn, titlePt: c.titlePt, functionalArea: c.functionalArea }])),
    [courses.data],
  );
  const rows = useMemo(() => timelineRows(plan, known), [plan, known]);
  const totals = useMemo(() => periodTotals(plan), [plan]);
  const years = useMemo(() => {
    const out: { year: string; span: number }[] = [];
    for (const p of plan.periods) {
      const { year } = splitPeriod(p);
      const last = out.at(-1);
      if (last?.year === year) last.span += 1;
      else out.push({ year, span: 1 });
    }
    return out;
  }, [plan.periods]);
  const [target, setTarget] = useState<RunTarget | null>(null);
  const [opened, setOpened] = useState(0);
  const edit = (next: RunTarget) => {
    setOpened((n) => n + 1);
    setTarget(next);
  };
  const others = (courses.data ?? []).filter((c) => !rows.some((r) => r.courseId === c.id));

  const cellLabel = (row: CourseInfo, period: string, cell: TimelineCell) =>
    [
      `${row.code} ${periodName(t, period)}`,
      t('planning.timeline.runs', { count: cell.count }),
      t('planning.timeline.participants', { count: cell.participants }),
      cell.pin === 0 ? t('planning.timeline.forbidden') : cell.pin !== null ? t('planning.timeline.pinnedCount', { count: cell.pin }) : null,
      cell.hasViolation ? t('planning.timeline.violated') : null,
    ]
      .filter(Boolean)
      .join(', ');

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Text size="sm" c="dimmed" maw={720}>
          {canEdit ? t('planning.timeline.hintEdit') : t('planning.timeline.hint')}
        </Text>
        {canEdit && others.length > 0 && (
          <Button variant="default" size="xs" onClick={() => edit({ course: null, period: plan.periods[0] ?? '' })}>
            {t('planning.timeline.addCourse')}
          </Button>
        )}
      </Group>
      <Group gap="md" wrap="wrap" aria-hidden>
        <Legend className={classes.pinned} label={t('planning.timeline.legendPinned')} />
        <Legend className={classes.forbidden} label={t('planning.timeline.legendForbidden')} />
        <Legend className={classes.violation} label={t('planning.timeline.legendViolation')} />
      </Group>
      {rows.length === 0 ? (
        <Text>{t('planning.timeline.none')}</Text>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={260 + plan.periods.length * 68} type="native" tabIndex={0} role="region" aria-label={t('planning.timeline.title')}>
            <Table withColumnBorders withTableBorder={false} verticalSpacing={4} fz="sm" aria-label={t('planning.timeline.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th rowSpan={2} className={classes.sticky}>
                    {t('planning.timeline.course')}
                  </Table.Th>
                  {years.map((y) => (
                    <Table.Th key={y.year} colSpan={y.span} ta="center">
                      {y.year}
                    </Table.Th>
                  ))}
                </Table.Tr>
                <Table.Tr>
                  {plan.periods.map((p) => (
                    <Table.Th key={p} ta="center" className={classes.cell} aria-label={periodName(t, p)}>
                      {t('planning.quarterShort', { quarter: splitPeriod(p).quarter })}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.courseId}>
                    <Table.Th scope="row" className={classes.sticky} fw={400}>
                      <Text size="sm" fw={600}>
                        {row.code}
                      </Text>
                      <Text size="xs" lineClamp={2} title={courseTitle(row)}>
                        {courseTitle(row)}
                      </Text>
                      <Text size="xs" c="dimmed" className={classes.area}>
                        {areaName(t, row.functionalArea)}
                      </Text>
                    </Table.Th>
                    {plan.periods.map((period) => {
                      const cell = row.cells[period] ?? EMPTY_CELL;
                      const marks = [cell.pin !== null && cell.pin > 0 && classes.pinned, cell.pin === 0 && classes.forbidden, cell.hasViolation && classes.violation]
                        .filter(Boolean)
                        .join(' ');
                      const content = <CellContent cell={cell} />;
                      return (
                        <Table.Td key={period} className={`${classes.cell} ${marks}`}>
                          {canEdit ? (
                            <UnstyledButton className={classes.cellButton} aria-label={cellLabel(row, period, cell)} onClick={() => edit({ course: row, period })}>
                              {content}
                            </UnstyledButton>
                          ) : (
                            <div aria-label={cellLabel(row, period, cell)} role="img">
                              {content}
                            </div>
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <TotalRow label={t('planning.timeline.totalRuns')} values={totals.map((x) => formatCount(x.runs))} />
                <TotalRow label={t('planning.timeline.totalParticipants')} values={totals.map((x) => formatCount(x.participants))} />
                <TotalRow
                  label={t('planning.timeline.trainerDays')}
                  values={totals.map((x) => (x.trainerDaysAvailable === null ? '—' : `${formatFigure(x.trainerDaysUsed ?? 0, 0)} / ${formatFigure(x.trainerDaysAvailable, 0)}`))}
                  over={totals.map((x) => x.trainerDaysAvailable !== null && (x.trainerDaysUsed ?? 0) > x.trainerDaysAvailable)}
                />
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {canEdit && <RunEditDialog key={opened} plan={plan} target={target} others={others} onClose={() => setTarget(null)} />}
    </Stack>
  );
}

function CellContent({ cell }: { cell: TimelineCell }) {
  const { t } = useTranslation();
  if (cell.count === 0 && cell.pin === null) return <Text size="sm" c="dimmed">·</Text>;
  return (
    <>
      <Text size="sm" fw={700} lh={1.2}>
        {cell.count === 0 ? (cell.pin === 0 ? '×' : '0') : `${cell.count}×`}
      </Text>
      {cell.participants > 0 && (
        <Text size="xs" lh={1.2}>
          {formatCount(cell.participants)}
        </Text>
      )}
      {cell.pin !== null && (
        <Text size="10px" lh={1.2} c={cell.pin === 0 ? 'dark.6' : 'customs.8'}>
          {cell.pin === 0 ? t('planning.timeline.forbiddenShort') : t('planning.timeline.pinnedShort')}
        </Text>
      )}
    </>
  );
}

function TotalRow({ label, values, over }: { label: string; values: string[]; over?: boolean[] }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" className={classes.sticky}>
        {label}
      </Table.Th>
      {values.map((v, i) => (
        <Table.Td key={i} ta="center" className={over?.[i] ? classes.over : undefined} style={{ whiteSpace: 'nowrap' }}>
          {v}
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

function Legend({ className, label }: { className?: string; label: string }) {
  return (
    <Group gap={6}>
      <span className={className} style={{ display: 'inline-block', width: 26, height: 18, border: '1px solid var(--mantine-color-gray-4)' }} />
      <Text size="xs">{label}</Text>
    </Group>
  );
}
