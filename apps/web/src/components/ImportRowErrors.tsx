import type { TImportRowError } from '@formasaun/shared';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../api/client';
import { formatNumber } from './format';

/** The rejected rows of a spreadsheet import, when the API answered VALIDATION with row errors of the given shape. */
export function importRowErrorsOf(error: unknown, schema: z.ZodType<{ errors: TImportRowError[] }>): TImportRowError[] | null {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION') return null;
  const parsed = schema.safeParse(error.details);
  return parsed.success ? parsed.data.errors : null;
}

/**
 * The table of rejected rows. `keys` is the feature's translation prefix holding rejected, errorsTitle, row, field,
 * reason and columns; rows up to `headerRow` are problems with the columns themselves.
 */
export function ImportRowErrors({ errors, keys, headerRow, minWidth }: { errors: TImportRowError[]; keys: string; headerRow: number; minWidth: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm" c="red.8" fw={500} role="alert">
        {t(`${keys}.rejected`, { count: errors.length })}
      </Text>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table aria-label={t(`${keys}.errorsTitle`)} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(`${keys}.row`)}</Table.Th>
              <Table.Th>{t(`${keys}.field`)}</Table.Th>
              <Table.Th>{t(`${keys}.reason`)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((e, i) => (
              <Table.Tr key={`${e.row}-${e.field}-${i}`}>
                <Table.Td>{e.row <= headerRow ? t(`${keys}.columns`) : formatNumber(e.row)}</Table.Td>
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
