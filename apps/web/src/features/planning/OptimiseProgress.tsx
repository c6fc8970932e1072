import type { TPlanProgress } from '@formasaun/shared';
import { Alert, Button, Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatFigure, formatPercent, phaseName } from './labels';
import { gapToBound } from './plan-views';

interface OptimiseProgressProps {
  progress: TPlanProgress;
  timeLimitSeconds: number;
  canCancel: boolean;
  onCancel: () => void;
  cancelling: boolean;
  cancelError: unknown;
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </div>
  );
}

/** The running optimisation: time used against the limit, the best plan so far, the proven bound and the gap between them. */
export function OptimiseProgress({ progress, timeLimitSeconds, canCancel, onCancel, cancelling, cancelError }: OptimiseProgressProps) {
  const { t } = useTranslation();
  if (progress.state === 'failed') {
    return (
      <Alert color="red" variant="light" title={t('planning.progress.failed')} role="alert">
        {progress.error ?? t('errors.INTERNAL')}
      </Alert>
    );
  }
  if (progress.state === 'cancelled') {
    return (
      <Alert color="gray" variant="light" title={t('planning.progress.cancelled')} role="status">
        {t('planning.progress.cancelledHint')}
      </Alert>
    );
  }
  if (progress.state !== 'running') return null;

  // The time limit is the only known end: the bar fills with time and stays short of full until the job answers.
  const value = Math.min(99, Math.round((progress.elapsedSeconds / Math.max(1, timeLimitSeconds)) * 100));
  const elapsed = Math.round(progress.elapsedSeconds);
  const gap = gapToBound(progress.objective, progress.bound);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="optimise-progress-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600} id="optimise-progress-title">
            {t('planning.progress.title')}
          </Text>
          {canCancel && (
            <Button variant="default" color="red" size="xs" onClick={onCancel} loading={cancelling}>
              {t('planning.progress.cancel')}
            </Button>
          )}
        </Group>
        <Progress.Root
          size="lg"
          role="progressbar"
          aria-label={t('planning.progress.label')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={value}
          aria-valuetext={t('planning.progress.valueText', { elapsed, limit: timeLimitSeconds })}
        >
          <Progress.Section value={value} animated withAria={false} />
        </Progress.Root>
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
          <Figure label={t('planning.progress.elapsed')} value={t('planning.progress.seconds', { elapsed, limit: timeLimitSeconds })} />
          <Figure label={t('planning.progress.phase')} value={phaseName(t, progress.phase)} />
          <Figure label={t('planning.progress.best')} value={formatFigure(progress.objective)} />
          <Figure label={t('planning.progress.bound')} value={formatFigure(progress.bound)} />
          <Figure label={t('planning.progress.gap')} value={formatPercent(gap, 2)} />
        </SimpleGrid>
        {cancelError ? <ErrorAlert error={cancelError} /> : null}
      </Stack>
    </Paper>
  );
}
