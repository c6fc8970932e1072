import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './use-autosave';

const COLOURS: Record<SaveState, string> = { idle: 'dimmed', saving: 'dimmed', saved: 'teal.9', offline: 'orange.9', error: 'red.8' };

/** The autosave state, announced politely to screen readers. */
export function SaveStatus({ state, pendingCount }: { state: SaveState; pendingCount: number }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" fw={500} c={COLOURS[state]} role="status" aria-live="polite">
      {state === 'idle' ? '' : t(`needs.save.${state}`, { count: pendingCount })}
    </Text>
  );
}
