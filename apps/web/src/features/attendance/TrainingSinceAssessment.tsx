import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOfficerTraining } from './api';
import { TrainingEvidenceList } from './TrainingEvidenceList';

/**
 * For the TNA assessment form: the officer's recorded training as the starting point of the rating. Shown only when
 * the reader may see the officer's training record and there is some.
 */
export function TrainingSinceAssessment({ officerId }: { officerId: string }) {
  const { t } = useTranslation();
  const training = useOfficerTraining(officerId);
  if (!training.data || training.data.evidence.length === 0) return null;
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('attendance.evidence.sinceLast')}>
      <Stack gap="xs">
        <Text fw={600}>{t('attendance.evidence.sinceLast')}</Text>
        <TrainingEvidenceList officerId={officerId} />
      </Stack>
    </Paper>
  );
}
