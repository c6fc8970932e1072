import { REQUIRED_IMPORT_FIELDS, STAFF_IMPORT_FIELDS, type TImportMapping, type TImportPreview, type TStaffImportField } from '@formasaun/shared';
import { Alert, Button, Group, Paper, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUpdateImport } from './api';

const IGNORE = '__ignore__';

interface MappingTableProps {
  preview: TImportPreview;
  onDirtyChange: (dirty: boolean) => void;
}

function sameMapping(a: TImportMapping, b: TImportMapping, headers: string[]): boolean {
  return headers.every((h) => (a[h] ?? null) === (b[h] ?? null));
}

export function MappingTable({ preview, onDirtyChange }: MappingTableProps) {
  const { t } = useTranslation();
  const update = useUpdateImport(preview.id);
  const [mapping, setMapping] = useState<TImportMapping>(preview.mapping);
  const [base, setBase] = useState(preview.mapping);
  // A new preview from the server (after apply or re-upload) becomes the starting point.
  if (base !== preview.mapping) {
    setBase(preview.mapping);
    setMapping(preview.mapping);
  }
  const dirty = !sameMapping(mapping, preview.mapping, preview.headers);
  const mapped = useMemo(() => new Set(Object.values(mapping).filter(Boolean)), [mapping]);
  const missingRequired = REQUIRED_IMPORT_FIELDS.filter((f) => !mapped.has(f));
  const duplicates = STAFF_IMPORT_FIELDS.filter((f) => Object.values(mapping).filter((v) => v === f).length > 1);
  const fieldOptions = [
    { value: IGNORE, label: t('import.ignoreColumn') },
    ...STAFF_IMPORT_FIELDS.map((f) => ({
      value: f,
      label: `${t(`importField.${f}`)}${REQUIRED_IMPORT_FIELDS.includes(f) ? ' *' : ''}`,
    })),
  ];
  const setField = (header: string, value: string | null) => {
    const next = { ...mapping, [header]: !value || value === IGNORE ? null : (value as TStaffImportField) };
    setMapping(next);
    onDirtyChange(!sameMapping(next, preview.mapping, preview.headers));
  };
  const apply = () => update.mutate({ mapping }, { onSuccess: () => onDirtyChange(false) });
  const sample = preview.sample[0];

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h3">
          {t('import.mappingTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('import.mappingIntro')}
        </Text>
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.column')}</Table.Th>
                <Table.Th>{t('import.example')}</Table.Th>
                <Table.Th>{t('import.field')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.headers.map((header) => (
                <Table.Tr key={header}>
                  <Table.Td fw={500}>{header}</Table.Td>
                  <Table.Td c="dimmed" fz="sm">
                    {sample?.[header] ?? ''}
                  </Table.Td>
                  <Table.Td miw={200}>
                    <Select
                      aria-label={t('import.fieldFor', { header })}
                      allowDeselect={false}
                      value={mapping[header] ?? IGNORE}
                      onChange={(v) => setField(header, v)}
                      data={fieldOptions}
                      error={mapping[header] && duplicates.includes(mapping[header]) ? t('import.duplicateField') : undefined}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {missingRequired.length > 0 && (
          <Alert color="yellow" variant="light" c="dark">
            {t('import.requiredMissing', { fields: missingRequired.map((f) => t(`importField.${f}`)).join(', ') })}
          </Alert>
        )}
        <ErrorAlert error={update.error} />
        <Group justify="space-between">
          <Switch
            label={t('import.createMissing')}
            description={t('import.createMissingHint')}
            checked={preview.createMissing}
            disabled={update.isPending}
            onChange={(e) => update.mutate({ createMissing: e.currentTarget.checked })}
          />
          <Button onClick={apply} disabled={!dirty || duplicates.length > 0} loading={update.isPending}>
            {t('import.applyMapping')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
