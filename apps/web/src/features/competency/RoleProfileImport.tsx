import { ZRoleProfileImportErrors, type TImportRowError, type TRoleProfileResult } from '@formasaun/shared';
import { Alert, Button, FileButton, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../components/format';
import { roleProfilesExportUrl, useRoleProfileImport } from './api';

/** The rejected rows of a role-profile import, when the API answered VALIDATION with row errors. */
function rowErrorsOf(error: unknown): TImportRowError[] | null {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION') return null;
  const parsed = ZRoleProfileImportErrors.safeParse(error.details);
  return parsed.success ? parsed.data.errors : null;
}

function RowErrors({ errors }: { errors: TImportRowError[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm" c="red.8" fw={500}>
        {t('competency.import.rejected', { count: errors.length })}
      </Text>
      <Table.ScrollContainer minWidth={480}>
        <Table aria-label={t('competency.import.errorsTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('competency.import.row')}</Table.Th>
              <Table.Th>{t('competency.import.field')}</Table.Th>
              <Table.Th>{t('competency.import.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((e, i) => (
              <Table.Tr key={`${e.row}-${e.field}-${i}`}>
                <Table.Td>{e.row === 0 ? t('competency.import.columns') : formatNumber(e.row)}</Table.Td>
                <Table.Td>{e.field}</Table.Td>
                <Table.Td>{e.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** Role profiles as a workbook: export the grid, and (for editors) upload it back; a refused file writes nothing. */
export function RoleProfileImport({ versionId, canWrite, onImported }: { versionId: string; canWrite: boolean; onImported: (result: TRoleProfileResult) => void }) {
  const { t } = useTranslation();
  const upload = useRoleProfileImport(versionId);
  const [result, setResult] = useState<TRoleProfileResult | null>(null);
  const rowErrors = rowErrorsOf(upload.error);
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
      {rowErrors ? <RowErrors errors={rowErrors} /> : upload.error ? <ErrorAlert error={upload.error} /> : null}
    </Stack>
  );
}
