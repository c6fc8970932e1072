import type { TImportPreview } from '@formasaun/shared';
import { Pagination, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../components/format';
import { describeImportError } from './import-errors';

const ERRORS_PER_PAGE = 100;

function Stat({ label, value, tone }: { label: string; value: number; tone?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="xl" fw={700} c={tone}>
        {formatNumber(value)}
      </Text>
    </Paper>
  );
}

function MissingList({ title, names }: { title: string; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <div>
      <Text size="sm" fw={600}>
        {title} ({formatNumber(names.length)})
      </Text>
      <Text size="sm">{names.join(', ')}</Text>
    </div>
  );
}

export function ImportReport({ preview }: { preview: TImportPreview }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const { missing, errors } = preview;
  const anyMissing = missing.orgUnits.length + missing.positions.length + missing.locations.length > 0;
  const pages = Math.ceil(errors.length / ERRORS_PER_PAGE);
  const shown = errors.slice((page - 1) * ERRORS_PER_PAGE, page * ERRORS_PER_PAGE);

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h3">
          {t('import.reportTitle')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
          <Stat label={t('import.totalRows')} value={preview.totalRows} />
          <Stat label={t('import.validRows')} value={preview.validRows} tone="teal.9" />
          <Stat label={t('import.toCreate')} value={preview.toCreate} />
          <Stat label={t('import.toUpdate')} value={preview.toUpdate} />
          <Stat label={t('import.rejected')} value={errors.length} tone={errors.length ? 'red.8' : undefined} />
        </SimpleGrid>

        {anyMissing && (
          <Stack gap="xs">
            <Title order={3} size="h4">
              {preview.createMissing ? t('import.willCreate') : t('import.missingTitle')}
            </Title>
            <MissingList title={t('import.missingOrgUnits')} names={missing.orgUnits} />
            <MissingList title={t('import.missingPositions')} names={missing.positions} />
            <MissingList title={t('import.missingLocations')} names={missing.locations} />
          </Stack>
        )}

        {errors.length > 0 && (
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t('import.rejectedTitle')}
            </Title>
            <Table.ScrollContainer minWidth={420}>
              <Table striped verticalSpacing={4} aria-label={t('import.rejectedTitle')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('import.row')}</Table.Th>
                    <Table.Th>{t('import.field')}</Table.Th>
                    <Table.Th>{t('import.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((e, i) => {
                    const { field, reason } = describeImportError(t, i18n, e);
                    return (
                      <Table.Tr key={`${e.row}:${e.field}:${i}`}>
                        <Table.Td>{e.row}</Table.Td>
                        <Table.Td>{field}</Table.Td>
                        <Table.Td>{reason}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
