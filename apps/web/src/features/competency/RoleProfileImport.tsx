import { ZRoleProfileImportErrors, type TRoleProfileResult } from '@formasaun/shared';
import { Alert, Button, FileButton, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportRowErrors, importRowErrorsOf } from '../../components/ImportRowErrors';
import { roleProfilesExportUrl, useRoleProfileImport } from './api';

/** Role profiles as a workbook: export the grid, and (for editors) upload it back; a refused file writes nothing. */
export function RoleProfileImport({ versionId, canWrite, onImported }: { versionId: string; canWrite: boolean; onImported: (result: TRoleProfileResult) => void }) {
  const { t } = useTranslation();
  const upload = useRoleProfileImport(versionId);
  const [result, setResult] = useState<TRoleProfileResult | null>(null);
  const rowErrors = importRowErrorsOf(upload.error, ZRoleProfileImportErrors);
  const onFile = (file: File | null) => {
    if (!file) return;
    setResult(null);
    upload.mutate(file, {
      onSuccess: (r) => {
        setResult(r);
        onImported(r);
      },
    });
  };
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button component="a" href={roleProfilesExportUrl(versionId)} variant="default" size="sm" download>
          {t('competency.import.export')}
        </Button>
        {canWrite && (
          <FileButton onChange={onFile} accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
            {(props) => (
              <Button {...props} size="sm" loading={upload.isPending}>
                {t('competency.import.import')}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {result && (
        <Alert color="teal" role="status" title={t('competency.import.imported')}>
          {result.isNewVersion ? t('competency.import.importedNewVersion') : t('competency.import.importedText')}
        </Alert>
      )}
      {rowErrors ? <ImportRowErrors errors={rowErrors} keys="competency.import" headerRow={0} minWidth={480} /> : upload.error ? <ErrorAlert error={upload.error} /> : null}
    </Stack>
  );
}
