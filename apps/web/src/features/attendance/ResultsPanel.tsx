import type { TResultsRow } from '@formasaun/shared';
import { Alert, Button, Group, NumberInput, Paper, SegmentedControl, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatNumber } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { ToneBadge } from '../../components/ToneBadge';
import { useCan } from '../auth/session';
import { useRecordResults, useResults } from './api';
import { percent } from './AttendanceParts';

type Draft = { score: number | null; passed: boolean | null; comment: string };
const draftOf = (r: TResultsRow): Draft => ({ score: r.score, passed: r.passed, comment: r.comment ?? '' });
const passedValue = (p: boolean | null) => (p === null ? '' : p ? 'pass' : 'fail');

/** Score, pass/fail and comment per participant, with the attendance share and what the completion rule decides. */
export function ResultsPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const allowed = can('AttendanceRecord');
  const results = useResults(sessionId, allowed);
  const save = useRecordResults(sessionId);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const isPhone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });

  if (!allowed) return <Text c="dimmed">{t('attendance.onlyTrainers')}</Text>;
  if (results.isPending) return <PageLoader />;
  if (results.error) return <ErrorAlert error={results.error} />;
  const r = results.data;
  const draft = (row: TResultsRow) => drafts[row.officerId] ?? draftOf(row);
  const edit = (row: TResultsRow, patch: Partial<Draft>) => setDrafts((d) => ({ ...d, [row.officerId]: { ...draft(row), ...patch } }));
  const changed = Object.keys(drafts);
  const submit = () =>
    save.mutate(
      { entries: changed.map((officerId) => ({ officerId, score: drafts[officerId]!.score, passed: drafts[officerId]!.passed, comment: drafts[officerId]!.comment.trim() || null })) },
      { onSuccess: () => (setDrafts({}), notifications.show({ color: 'teal', message: t('attendance.results.saved') })) },
    );

  const controls = (row: TResultsRow) => {
    const d = draft(row);
    const decided = row.completed ?? row.decision.completed;
    return {
      who: (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {row.name}
          </Text>
          <Text size="xs" c="dimmed">
            {row.employeeNumber}
          </Text>
        </Stack>
      ),
      attendance: (
        <Stack gap={0}>
          <Text size="sm">{percent(row.attendance.share)}</Text>
          <Text size="xs" c="dimmed">
            {t('attendance.results.tally', row.attendance)}
          </Text>
        </Stack>
      ),
      score: (
        <NumberInput
          size="xs"
          aria-label={t('attendance.results.scoreOf', { name: row.name })}
          placeholder={t('attendance.results.score')}
          min={0}
          max={100}
          decimalScale={1}
          disabled={!r.canEnter}
          value={d.score ?? ''}
          onChange={(v) => edit(row, { score: typeof v === 'number' ? v : null })}
        />
      ),
      passed: (
        <SegmentedControl
          size="xs"
          disabled={!r.canEnter}
          value={passedValue(d.passed)}
          onChange={(v) => edit(row, { passed: v === '' ? null : v === 'pass' })}
          data={[
            { value: '', label: '—' },
            { value: 'pass', label: t('attendance.results.pass') },
            { value: 'fail', label: t('attendance.results.fail') },
          ]}
        />
      ),
      comment: (
        <Textarea
          size="xs"
          autosize
          minRows={1}
          maxLength={1000}
          disabled={!r.canEnter}
          placeholder={t('attendance.results.comment')}
          aria-label={t('attendance.results.commentOf', { name: row.name })}
          value={d.comment}
          onChange={(e) => edit(row, { comment: e.currentTarget.value })}
        />
      ),
      decision: (
        <Stack gap={2} align="flex-start">
          <ToneBadge tone={decided ? 'positive' : 'warning'}>{t(decided ? 'attendance.results.completes' : 'attendance.results.notCompleted')}</ToneBadge>
          {row.completed === null && !row.decision.completed && (
            <Text size="xs" c="dimmed">
              {row.decision.reasons.map((reason) => t(`attendance.reason.${reason}`)).join('; ')}
            </Text>
          )}
        </Stack>
      ),
    };
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('attendance.results.rule', { share: percent(r.minAttendance) })}{' '}
        {r.passScore === null ? t('attendance.results.noAssessment') : t('attendance.results.passScore', { score: formatNumber(r.passScore) })}
      </Text>
      {!r.canEnter && (
        <Alert color="gray">
          {r.sessionStatus === 'completed' || r.sessionStatus === 'cancelled' || r.sessionStatus === 'draft'
            ? t(`attendance.closed.${r.sessionStatus}`)
            : t('attendance.results.from', { date: formatDate(r.endDay) })}
        </Alert>
      )}
      {save.error && <ErrorAlert error={save.error} />}
      {r.rows.length === 0 ? (
        <Alert color="gray">{t('attendance.noParticipants')}</Alert>
      ) : isPhone ? (
        r.rows.map((row) => {
          const c = controls(row);
          return (
            <Paper key={row.officerId} withBorder p="sm">
              <Stack gap="xs">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  {c.who}
                  {c.decision}
                </Group>
                {c.attendance}
                <Group grow align="flex-end">
                  {c.score}
                  {c.passed}
                </Group>
                {c.comment}
              </Stack>
            </Paper>
          );
        })
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="xs" aria-label={t('attendance.results.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('attendance.participant')}</Table.Th>
                <Table.Th>{t('attendance.results.attendance')}</Table.Th>
                <Table.Th w={110}>{t('attendance.results.score')}</Table.Th>
                <Table.Th>{t('attendance.results.assessment')}</Table.Th>
                <Table.Th>{t('attendance.results.comment')}</Table.Th>
                <Table.Th>{t('attendance.results.decision')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.rows.map((row) => {
                const c = controls(row);
                return (
                  <Table.Tr key={row.officerId}>
                    <Table.Td>{c.who}</Table.Td>
                    <Table.Td>{c.attendance}</Table.Td>
                    <Table.Td>{c.score}</Table.Td>
                    <Table.Td>{c.passed}</Table.Td>
                    <Table.Td>{c.comment}</Table.Td>
                    <Table.Td>{c.decision}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {r.canEnter && (
        <Group>
          <Button onClick={submit} disabled={!changed.length} loading={save.isPending}>
            {t('attendance.results.save')}
          </Button>
          {changed.length > 0 && (
            <Button variant="subtle" onClick={() => setDrafts({})}>
              {t('attendance.results.discard')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
