import type { TForm, TTeamGrid } from '@formasaun/shared';
import { Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ToneBadge } from '../../components/ToneBadge';
import { FORM_TONE, inLocale, scaleName } from './labels';

type Row = TTeamGrid['rows'][number];

/** What both layouts of the team assessment need: values, editability and the actions. */
export interface TeamView {
  grid: TTeamGrid;
  scale: TForm['scale'];
  isEditable: (row: Row) => boolean;
  levelOf: (row: Row, competencyId: string) => number | null;
  missingOf: (row: Row) => number;
  change: (row: Row, competencyId: string, level: number) => void;
  submit: (row: Row) => Promise<void>;
  /** The form being submitted, if any. */
  submitting: string | null | undefined;
}

function levelOptions(scale: TForm['scale'], long: boolean) {
  const levels = scale.length > 0 ? scale : [0, 1, 2, 3, 4].map((level) => ({ level, nameEn: '', namePt: '' }));
  return [
    { value: '', label: '—' },
    ...levels.map((l) => ({ value: String(l.level), label: long && scaleName(l) ? `${l.level} · ${scaleName(l)}` : String(l.level) })),
  ];
}

function LevelSelect({ view, row, competencyId, name, long }: { view: TeamView; row: Row; competencyId: string; name: string; long: boolean }) {
  const { t } = useTranslation();
  const value = view.levelOf(row, competencyId);
  return (
    <NativeSelect
      size={long ? 'sm' : 'xs'}
      label={long ? name : undefined}
      aria-label={long ? undefined : t('needs.team.levelFor', { officer: row.officer.name, competency: name })}
      description={long ? t('needs.form.required', { level: row.required[competencyId] }) : undefined}
      data={levelOptions(view.scale, long)}
      value={value === null ? '' : String(value)}
      disabled={!view.isEditable(row)}
      onChange={(e) => e.currentTarget.value !== '' && view.change(row, competencyId, Number(e.currentTarget.value))}
    />
  );
}

function SubmitRow({ view, row }: { view: TeamView; row: Row }) {
  const { t } = useTranslation();
  if (row.status === 'submitted' || !view.isEditable(row)) return <ToneBadge tone={FORM_TONE[row.status]}>{t(`needs.formStatus.${row.status}`)}</ToneBadge>;
  const missing = view.missingOf(row);
  return (
    <Stack gap={2} align="flex-start">
      <Button
        size="xs"
        onClick={() => void view.submit(row)}
        disabled={missing > 0}
        loading={view.submitting === row.formId}
        aria-label={t('needs.team.submitFor', { name: row.officer.name })}
      >
        {t('needs.team.submit')}
      </Button>
      {missing > 0 && (
        <Text size="xs" c="dimmed">
          {t('needs.team.missing', { count: missing })}
        </Text>
      )}
    </Stack>
  );
}

/** One officer's row; re-rendered only when its own values change (a team can hold 50 officers × 20 competencies). */
const GridRow = memo(
  function GridRow({ view, row }: { view: TeamView; row: Row; signature: string }) {
    const { t } = useTranslation();
    return (
      <Table.Tr>
        <Table.Th scope="row">
          <Text size="sm" fw={600}>
            {row.officer.name}
          </Text>
          <Text size="xs" c="dimmed">
            {row.officer.employeeNumber}
          </Text>
        </Table.Th>
        {view.grid.competencies.map((c) => (
          <Table.Td key={c.competencyId}>
            {row.required[c.competencyId] === undefined ? (
              <Text size="xs" c="dimmed" aria-label={t('needs.team.notInProfile')}>
                —
              </Text>
            ) : (
              <Stack gap={2}>
                <LevelSelect view={view} row={row} competencyId={c.competencyId} name={inLocale(c.name)} long={false} />
                <Text size="xs" c="dimmed">
                  {t('needs.team.requiredShort', { level: row.required[c.competencyId] })}
                </Text>
              </Stack>
            )}
          </Table.Td>
        ))}
        <Table.Td>
          <SubmitRow view={view} row={row} />
        </Table.Td>
      </Table.Tr>
    );
  },
  (a, b) => a.row === b.row && a.signature === b.signature,
);

/** Desktop: officers × competencies, the required level under each cell. */
export function TeamGrid({ view }: { view: TeamView }) {
  const { t } = useTranslation();
  const { competencies, rows } = view.grid;
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={400 + competencies.length * 72}>
        <Table withColumnBorders striped stickyHeader aria-label={t('needs.team.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('needs.team.officer')}</Table.Th>
              {competencies.map((c) => (
                <Table.Th key={c.competencyId} title={inLocale(c.name)} style={{ minWidth: 72 }}>
                  <Text size="xs" fw={700}>
                    {c.code}
                  </Text>
                  <Text size="xs" lineClamp={2}>
                    {inLocale(c.name)}
                  </Text>
                </Table.Th>
              ))}
              <Table.Th>{t('needs.team.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <GridRow
                key={row.formId}
                view={view}
                row={row}
                signature={`${view.isEditable(row)}|${view.submitting === row.formId}|${view.scale.length}|${competencies.map((c) => view.levelOf(row, c.competencyId) ?? '').join(',')}`}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** Phone: one officer at a time with previous / next. */
export function TeamStepper({ view }: { view: TeamView }) {
  const { t } = useTranslation();
  const { competencies, rows } = view.grid;
  const [index, setIndex] = useState(0);
  const row = rows[Math.min(index, rows.length - 1)]!;
  const go = (next: number) => {
    setIndex(next);
    window.scrollTo({ top: 0 });
  };
  return (
    <Stack>
      <Group justify="space-between" wrap="nowrap">
        <Button variant="default" size="sm" onClick={() => go(index - 1)} disabled={index === 0} aria-label={t('needs.team.previous')}>
          {t('needs.team.previousShort')}
        </Button>
        <Text size="sm" role="status">
          {t('needs.team.position', { index: index + 1, total: rows.length })}
        </Text>
        <Button variant="default" size="sm" onClick={() => go(index + 1)} disabled={index >= rows.length - 1} aria-label={t('needs.team.next')}>
          {t('needs.team.nextShort')}
        </Button>
      </Group>
      <Paper withBorder p="sm">
        <Stack gap="sm">
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Title order={2} size="h4">
                {row.officer.name}
              </Title>
              <Text size="xs" c="dimmed">
                {row.officer.employeeNumber}
              </Text>
            </div>
            <ToneBadge tone={FORM_TONE[row.status]}>{t(`needs.formStatus.${row.status}`)}</ToneBadge>
          </Group>
          {competencies
            .filter((c) => row.required[c.competencyId] !== undefined)
            .map((c) => (
              <LevelSelect key={c.competencyId} view={view} row={row} competencyId={c.competencyId} name={inLocale(c.name)} long />
            ))}
          {row.status !== 'submitted' && <SubmitRow view={view} row={row} />}
        </Stack>
      </Paper>
    </Stack>
  );
}
