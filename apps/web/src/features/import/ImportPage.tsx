import type { TImportResult } from '@formasaun/shared';
import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Stepper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { useCommitImport, useImportPreview } from './api';
import { ImportReport } from './ImportReport';
import { MappingTable } from './MappingTable';
import { UploadStep } from './UploadStep';

const STEPS = 3;

function ResultView({ result }: { result: TImportResult | null }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Stack>
        <Alert color="teal" variant="light" title={t('import.doneTitle')} c="dark">
          {result ? t('import.doneBody') : t('import.alreadyCommitted')}
        </Alert>
        {result && (
          <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
            {(
              [
                ['import.created', result.created],
                ['import.updated', result.updated],
                ['import.createdOrgUnits', result.createdOrgUnits],
                ['import.createdPositions', result.createdPositions],
                ['import.createdLocations', result.createdLocations],
              ] as const
            ).map(([key, value]) => (
              <div key={key}>
                <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                  {t(key)}
                </Text>
                <Text size="xl" fw={700}>
                  {formatNumber(value)}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        )}
        <Group>
          <Button component={Link} to="/staff">
            {t('import.viewStaff')}
          </Button>
          <Anchor component={Link} to="/import">
            {t('import.another')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}

export default function ImportPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const id = params.get('id');
  const preview = useImportPreview(id);
  const commit = useCommitImport(id ?? '');
  const [result, setResult] = useState<TImportResult | null>(null);
  const [mappingDirty, setMappingDirty] = useState(false);

  const committed = result !== null || preview.data?.status === 'committed';
  // Stepper's active index past the last step marks every step completed.
  const step = !id ? 0 : committed ? STEPS : 1;
  const errorCount = preview.data?.errors.length ?? 0;
  const canCommit = preview.data !== undefined && errorCount === 0 && preview.data.validRows > 0 && !mappingDirty;

  const restart = () => {
    setResult(null);
    commit.reset();
    setParams(new URLSearchParams());
  };

  return (
    <Stack>
      <Title order={1}>{t('import.title')}</Title>
      <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={(s) => s === 0 && restart()}>
        <Stepper.Step label={t('import.step1')} description={t('import.step1Hint')} />
        <Stepper.Step label={t('import.step2')} description={t('import.step2Hint')} />
        <Stepper.Step label={t('import.step3')} description={t('import.step3Hint')} />
      </Stepper>

      {step === 0 && (
        <UploadStep
          onUploaded={(p) => {
            setResult(null);
            setParams(new URLSearchParams({ id: p.id }));
          }}
        />
      )}

      {step === 1 &&
        (preview.isPending ? (
          <PageLoader />
        ) : preview.error ? (
          <ErrorAlert error={preview.error} />
        ) : (
          <>
            <Text size="sm">{t('import.fileName', { name: preview.data.fileName })}</Text>
            <MappingTable preview={preview.data} onDirtyChange={setMappingDirty} />
            <ImportReport preview={preview.data} />
            <Paper withBorder p="md">
              <Stack>
                {errorCount > 0 && (
                  <Alert color="red" variant="light" c="dark">
                    {t('import.fixErrors', { n: formatNumber(errorCount) })}
                  </Alert>
                )}
                {mappingDirty && <Text size="sm">{t('import.applyFirst')}</Text>}
                <ErrorAlert error={commit.error} />
                <Group justify="space-between">
                  <Button variant="default" onClick={restart}>
                    {t('import.uploadAgain')}
                  </Button>
                  <Button disabled={!canCommit} loading={commit.isPending} onClick={() => commit.mutate(undefined, { onSuccess: setResult })}>
                    {t('import.commit')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          </>
        ))}

      {step === STEPS && <ResultView result={result} />}
    </Stack>
  );
}
