import type { TScheduleProposals } from '@formasaun/shared';
import { Alert, Button, Card, Checkbox, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { conflictText, quarterOptions, titleOf, useApply, usePropose } from './api';

/** The scheduling assistant: choose a quarter, review the proposals and what could not be placed, apply. */
export default function SchedulePage() {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  const [period, setPeriod] = useState<string | null>(null);
  const [result, setResult] = useState<TScheduleProposals | null>(null);
  const [kept, setKept] = useState<Set<string>>(new Set());
  const propose = usePropose();
  const apply = useApply();

  const run = () =>
    propose.mutate(
      { period: period! },
      {
        onSuccess: (r) => {
          setResult(r);
          setKept(new Set(r.proposals.map((p) => p.sessionId)));
        },
      },
    );
  const chosen = result?.proposals.filter((p) => kept.has(p.sessionId)) ?? [];

  return (
    <Stack>
      <Title order={1}>{t('sessions.schedule.title')}</Title>
      <Text c="dimmed">{t('sessions.schedule.intro')}</Text>
      <Group align="end">
        <Select label={t('sessions.quarter')} data={quarterOptions(year - 10, year + 3)} searchable value={period} onChange={setPeriod} />
        <Button disabled={!period} loading={propose.isPending} onClick={run}>
          {t('sessions.schedule.run')}
        </Button>
      </Group>
      <ErrorAlert error={propose.error ?? apply.error} />
      {result && result.proposals.length === 0 && result.unplaced.length === 0 && <Text>{t('sessions.schedule.none')}</Text>}
      {result && result.unplaced.length > 0 && (
        <Alert color="orange" title={`${t('sessions.schedule.unplaced')} (${result.unplaced.length})`}>
          <List size="sm">
            {result.unplaced.map((u) => (
              <List.Item key={u.sessionId}>
                <b>{u.sessionCode}</b>: {u.reasons.map((r) => conflictText(t, r)).join('; ')}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {result && result.proposals.length > 0 && (
        <>
          <Group justify="space-between">
            <Title order={2}>
              {t('sessions.schedule.proposals')} ({result.proposals.length})
            </Title>
            <Button
              disabled={!chosen.length}
              loading={apply.isPending}
              onClick={() =>
                apply.mutate(
                  chosen.map(({ sessionId, days, roomId, trainers }) => ({ sessionId, days, roomId, trainers })),
                  {
                    onSuccess: (r) => {
                      notifications.show({ color: 'teal', message: t('sessions.schedule.applied', { count: r.applied }) });
                      run();
                    },
                  },
                )
              }
            >
              {t('sessions.schedule.apply', { count: chosen.length })}
            </Button>
          </Group>
          {result.proposals.map((p) => (
            <Card key={p.sessionId} withBorder padding="sm">
              <Group justify="space-between" wrap="nowrap" align="start">
                <div>
                  <Text fw={600}>
                    {p.sessionCode} — {titleOf(p)}
                  </Text>
                  <Text size="sm">
                    {formatDate(p.days[0]!.day)} – {formatDate(p.days.at(-1)!.day)} ({p.days.length})
                  </Text>
                  <Text size="sm" c="dimmed">
                    {p.venueName} · {p.roomName} · {p.trainerNames.join(', ')}
                  </Text>
                  {p.warnings.map((w, i) => (
                    <Text key={i} size="sm" c="orange">
                      {conflictText(t, w)}
                    </Text>
                  ))}
                </div>
                <Checkbox
                  aria-label={`${t('sessions.schedule.keep')} ${p.sessionCode}`}
                  checked={kept.has(p.sessionId)}
                  onChange={(e) => {
                    const next = new Set(kept);
                    if (e.currentTarget.checked) next.add(p.sessionId);
                    else next.delete(p.sessionId);
                    setKept(next);
                  }}
                />
              </Group>
            </Card>
          ))}
        </>
      )}
    </Stack>
  );
}
