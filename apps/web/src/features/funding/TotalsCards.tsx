import { ENVELOPE_STATUSES, type TFundingTotals } from '@formasaun/shared';
import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from './api';
import { StatusBadge } from './EnvelopeList';

/** One card per year: the total, then how much of it is disbursed, secured and only pledged. */
export function TotalsCards({ totals }: { totals: TFundingTotals }) {
  const { t } = useTranslation();
  const money = (v: number) => formatMoney(v, totals.currency);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: Math.min(Math.max(totals.years.length, 1), 4) }}>
      {totals.years.map((y) => (
        <Paper key={y.year} withBorder p="sm" component="section" aria-label={t('funding.totalsOf', { year: y.year })}>
          <Group justify="space-between" align="baseline">
            <Text fw={700}>{y.year}</Text>
            <Text fw={700} size="lg">
              {money(y.total)}
            </Text>
          </Group>
          <Stack gap={4} mt="xs">
            {[...ENVELOPE_STATUSES].reverse().map((s) => (
              <Group key={s} justify="space-between" wrap="nowrap">
                <StatusBadge status={s} />
                <Text size="sm">{money(y[s])}</Text>
              </Group>
            ))}
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
