import { ZCourseImportErrors, type TCourseImportResult } from '@formasaun/shared';
import { Alert, Button, FileButton, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportRowErrors, importRowErrorsOf } from '../../components/ImportRowErrors';
import { catalogueExportUrl, useCatalogueImport } from './api';

/** Export for everyone who reads the catalogue; upload back (all or nothing) for those who may change it. */
export function CatalogueImport({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const upload = useCatalogueImport();
  const [result, setResult] = useState<TCourseImportResult | null>(null);
  const rowErrors = importRowErrorsOf(upload.error, ZCourseImportErrors);
  const onFile = (file: File | null) => {
    if (!file) return;
    setResult(null);
    upload.mutate(file, { onSuccess: setResult });
  };
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button component="a" href={catalogueExportUrl} variant="default" size="sm" download>
          {t('catalogue.export')}
        </Button>
        {canWrite && (
          <FileButton onChange={onFile} accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
            {(props) => (
              <Button {...props} variant="default" size="sm" loading={upload.isPending}>
                {t('catalogue.import')}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {result && (
        <Alert color="teal" role="status" withCloseButton onClose={() => setResult(null)}>
          {t('catalogue.importer.imported', result)}
        </Alert>
      )}
      {rowErrors ? <ImportRowErrors errors={rowErrors} keys="catalogue.importer" headerRow={1} minWidth={300} /> : upload.error ? <ErrorAlert error={upload.error} /> : null}
    </Stack>
  );
}
