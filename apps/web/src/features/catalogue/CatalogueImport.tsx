import { ZCourseImportErrors, type TCourseImportResult, type TImportRowError } from '@formasaun/shared';
import { Alert, Button, FileButton, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../components/format';
import { catalogueExportUrl, useCatalogueImport } from './api';

/** The rejected rows of a catalogue import, when the API answered VALIDATION with row errors. */
function rowErrorsOf(error: unknown): TImportRowError[] | null {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION') return null;
  const parsed = ZCourseImportErrors.safeParse(error.details);
  return parsed.success ? parsed.data.errors : null;
}

function RowErrors({ errors }: { errors: TImportRowError[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm" c="red.8" fw={500} role="alert">
        {t('catalogue.importer.rejected', { count: errors.length })}
      </Text>
      <Table.ScrollContainer minWidth={300}>
        <Table aria-label={t('catalogue.importer.errorsTitle')} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('catalogue.importer.row')}</Table.Th>
              <Table.Th>{t('catalogue.importer.field')}</Table.Th>
              <Table.Th>{t('catalogue.importer.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((e, i) => (
              <Table.Tr key={`${e.row}-${e.field}-${i}`}>
                <Table.Td>{e.row <= 1 ? t('catalogue.importer.columns') : formatNumber(e.row)}</Table.Td>
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

/** Export for everyone who reads the catalogue; upload back (all or nothing) for those who may change it. */
export function CatalogueImport({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const upload = useCatalogueImport();
  const [result, setResult] = useState<TCourseImportResult | null>(null);
  const rowErrors = rowErrorsOf(upload.error);
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
      {rowErrors ? <RowErrors errors={rowErrors} /> : upload.error ? <ErrorAlert error={upload.error} /> : null}
    </Stack>
  );
}
