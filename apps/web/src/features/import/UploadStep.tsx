import type { TImportPreview } from '@formasaun/shared';
import { Button, Group, Input, Paper, Stack, Switch, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MAX_UPLOAD_BYTES, useUploadImport } from './api';
import classes from './import.module.css';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

export function UploadStep({ onUploaded }: { onUploaded: (preview: TImportPreview) => void }) {
  const { t } = useTranslation();
  const upload = useUploadImport();
  const [file, setFile] = useState<File | null>(null);
  const [createMissing, setCreateMissing] = useState(false);

  const problem = !file
    ? null
    : !/\.(xlsx|csv)$/i.test(file.name)
      ? t('import.wrongType')
      : file.size > MAX_UPLOAD_BYTES
        ? t('import.tooLarge')
        : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || problem) return;
    upload.mutate({ file, createMissing }, { onSuccess: onUploaded });
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('import.intro')}</Text>
        <Input.Wrapper
          id="import-file"
          label={t('import.file')}
          description={t('import.fileHint')}
          error={problem}
        >
          {/* A native input: keyboard, screen-reader and automation support come for free. */}
          <input
            id="import-file"
            type="file"
            accept={ACCEPT}
            aria-invalid={problem !== null}
            className={classes.file}
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              upload.reset();
            }}
          />
        </Input.Wrapper>
        <Switch
          label={t('import.createMissing')}
          description={t('import.createMissingHint')}
          checked={createMissing}
          onChange={(e) => setCreateMissing(e.currentTarget.checked)}
        />
        <ErrorAlert error={upload.error} />
        <Group justify="flex-end">
          <Button type="submit" disabled={!file || problem !== null} loading={upload.isPending}>
            {t('import.upload')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
