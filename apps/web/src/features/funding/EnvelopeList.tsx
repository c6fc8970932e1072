import type { TEnvelope, TEnvelopeStatus } from '@formasaun/shared';
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ToneBadge, type Tone } from '../../components/ToneBadge';
import { areaLabel } from '../areas/labels';
import { formatMoney } from './api';

const TONE: Record<TEnvelopeStatus, Tone> = { pledged: 'warning', secured: 'neutral', disbursed: 'positive' };

export function StatusBadge({ status }: { status: TEnvelopeStatus }) {
  const { t } = useTranslation();
  return <ToneBadge tone={TONE[status]}>{t(`funding.statuses.${status}`)}</ToneBadge>;
}

function Earmarks({ envelope }: { envelope: TEnvelope }) {
  const { t } = useTranslation();
  if (envelope.functionalAreas.length === 0 && envelope.costCategories.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('funding.noEarmark')}
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {envelope.functionalAreas.map((a) => (
        <Badge key={a} variant="light" tt="none" size="sm">
          {areaLabel(t, a)}
        </Badge>
      ))}
      {envelope.costCategories.map((c) => (
        <Badge key={c} variant="outline" tt="none" size="sm" color="grape">
          {t(`funding.categories.${c}`)}
        </Badge>
      ))}
    </Group>
  );
}

interface EnvelopeListProps {
  envelopes: TEnvelope[];
  currency: string;
  onEdit?: (e: TEnvelope) => void;
  onDelete?: (e: TEnvelope) => void;
}

function Actions({ envelope, onEdit, onDelete }: { envelope: TEnvelope } & Pick<EnvelopeListProps, 'onEdit' | 'onDelete'>) {
  const { t } = useTranslation();
  if (!onEdit || !onDelete) return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="compact-xs" variant="default" onClick={() => onEdit(envelope)}>
        {t('funding.edit')}
      </Button>
      <Button size="compact-xs" variant="subtle" color="red" onClick={() => onDelete(envelope)}>
        {t('funding.delete')}
      </Button>
    </Group>
  );
}

/** Envelopes grouped by year: a table on wide screens, one card per envelope on a phone. */
export function EnvelopeList({ envelopes, currency, onEdit, onDelete }: EnvelopeListProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const years = [...new Set(envelopes.map((e) => e.year))].sort((a, b) => a - b);
  // An empty column is noise: the note column shows only when some envelope (of any year) has a note.
  const hasNotes = envelopes.some((e) => !!e.note?.trim());
  return (
    <Stack gap="lg">
      {years.map((year) => {
        const rows = envelopes.filter((e) => e.year === year);
        return (
          <Stack key={year} gap="xs" component="section" aria-labelledby={`envelopes-${year}`}>
            <Title order={3} size="h4" id={`envelopes-${year}`}>
              {year}
            </Title>
            {isPhone ? (
              rows.map((e) => (
                <Paper key={e.id} withBorder p="xs">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <div>
                      <Text fw={600} size="sm">
                        {e.sourceName}
                      </Text>
                      <Text size="lg" fw={700}>
                        {formatMoney(e.amount, currency)}
                      </Text>
                    </div>
                    <StatusBadge status={e.status} />
                  </Group>
                  <Earmarks envelope={e} />
                  {e.note && (
                    <Text size="xs" c="dimmed" mt={4}>
                      {e.note}
                    </Text>
                  )}
                  <Group justify="flex-end" mt="xs">
                    <Actions envelope={e} onEdit={onEdit} onDelete={onDelete} />
                  </Group>
                </Paper>
              ))
            ) : (
              <Paper withBorder>
                <Table striped aria-labelledby={`envelopes-${year}`}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('funding.source')}</Table.Th>
                      <Table.Th ta="right">{t('funding.amount')}</Table.Th>
                      <Table.Th>{t('funding.status')}</Table.Th>
                      <Table.Th>{t('funding.earmarks')}</Table.Th>
                      {hasNotes && <Table.Th>{t('funding.note')}</Table.Th>}
                      {onEdit && <Table.Th>{t('common.actions')}</Table.Th>}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((e) => (
                      <Table.Tr key={e.id}>
                        <Table.Td>{e.sourceName}</Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {formatMoney(e.amount, currency)}
                        </Table.Td>
                        <Table.Td>
                          <StatusBadge status={e.status} />
                        </Table.Td>
                        <Table.Td>
                          <Earmarks envelope={e} />
                        </Table.Td>
                        {hasNotes && (
                          <Table.Td>
                            <Text size="xs">{e.note ?? ''}</Text>
                          </Table.Td>
                        )}
                        {onEdit && (
                          <Table.Td>
                            <Actions envelope={e} onEdit={onEdit} onDelete={onDelete} />
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Paper>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
