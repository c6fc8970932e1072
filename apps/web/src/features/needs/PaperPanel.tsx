import { ZPaperImportErrors, type TCampaignDetail, type TImportRowError, type TPaperImportResult } from '@formasaun/shared';
import { Alert, Button, FileButton, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../components/format';
import { paperFormsUrl, paperTemplateUrl, usePaperImport } from './api';

/** The rejected rows of a paper import, when the API answered VALIDATION with row errors. */
function rowErrorsOf(error: unknown): TImportRowError[] | null {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION') return null;
  const parsed = ZPaperImportErrors.safeParse(error.details);
  return parsed.success ? parsed.data.errors : null;
}

function PaperErrors({ errors }: { errors: TImportRowError[] }) {
  const { t, i18n } = useTranslation();
  const fieldOf = (field: string) => (i18n.exists(`needs.paper.field.${field}`) ? t(`needs.paper.field.${field}`) : field);
  const reasonOf = (e: TImportRowError) => {
    const key = `paperError.${e.code}`;
    return i18n.exists(key) ? t(key, { ...e.params }) : e.reason;
  };
  return (
    <Stack gap="xs">
      <Text size="sm" c="red.8" fw={500}>
        {t('needs.paper.rejected', { count: errors.length })}
      </Text>
      <Table.ScrollContainer minWidth={480}>
        <Table aria-label={t('needs.paper.errorsTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('needs.paper.row')}</Table.Th>
              <Table.Th>{t('needs.paper.fieldLabel')}</Table.Th>
              <Table.Th>{t('needs.paper.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((e, i) => (
              <Table.Tr key={`${e.row}-${e.field}-${i}`}>
                <Table.Td>{e.row === 0 ? t('needs.paper.columns') : formatNumber(e.row)}</Table.Td>
                <Table.Td>{fieldOf(e.field)}</Table.Td>
                <Table.Td>{reasonOf(e)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** Paper fallback of an open campaign: printable forms and a template per unit, then the typed-in template uploaded. */
export function PaperPanel({ campaign }: { campaign: TCampaignDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'pt' ? 'pt' : 'en';
  const units = campaign.progress.byOrgUnit;
  const [orgUnitId, setOrgUnitId] = useState('');
  const [result, setResult] = useState<TPaperImportResult | null>(null);
  const upload = usePaperImport(campaign.id);
  const rowErrors = rowErrorsOf(upload.error);
  const onFile = (file: File | null) => {
    if (!file) return;
    setResult(null);
    upload.mutate(file, { onSuccess: setResult });
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="paper-title">
      <Title order={2} size="h3" id="paper-title">
        {t('needs.paper.title')}
      </Title>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('needs.paper.hint')}
          </Text>
          <NativeSelect
            label={t('needs.paper.orgUnit')}
            data={[{ value: '', label: t('needs.paper.chooseUnit') }, ...units.map((u) => ({ value: u.orgUnitId, label: u.orgUnitName }))]}
            value={orgUnitId}
            onChange={(e) => setOrgUnitId(e.currentTarget.value)}
            maw={420}
          />
          {orgUnitId !== '' && (
            <Group gap="xs">
              <Button component="a" href={paperFormsUrl(campaign.id, orgUnitId, lang)} variant="default" size="sm" download>
                {t('needs.paper.forms')}
              </Button>
              <Button component="a" href={paperTemplateUrl(campaign.id, orgUnitId)} variant="default" size="sm" download>
                {t('needs.paper.template')}
              </Button>
            </Group>
          )}
          <Group gap="xs">
            <FileButton onChange={onFile} accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
              {(props) => (
                <Button {...props} loading={upload.isPending}>
                  {t('needs.paper.upload')}
                </Button>
              )}
            </FileButton>
          </Group>
          {result && (
            <Alert color="teal" role="status" title={t('needs.paper.imported')}>
              {t('needs.paper.importedText', {
                forms: formatNumber(result.formsSubmitted),
                ratings: formatNumber(result.ratings),
                skipped: formatNumber(result.skippedRows),
              })}
            </Alert>
          )}
          {rowErrors ? <PaperErrors errors={rowErrors} /> : upload.error ? <ErrorAlert error={upload.error} /> : null}
        </Stack>
      </Paper>
    </Stack>
  );
}
