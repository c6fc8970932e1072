import type { TRoleProfileGrid } from '@formasaun/shared';
import { Button, Group, NativeSelect, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { currentLocale } from '../../i18n';
import { useSaveRoleProfiles } from './api';

type Cell = { requiredLevel: number | null; criticality: number };
const key = (positionId: string, competencyId: string) => `${positionId}:${competencyId}`;
const LEVELS = ['', '0', '1', '2', '3', '4'];
const CRITICALITY = ['1', '2', '3', '4', '5'];

/** Positions × competencies: required level and criticality per cell; only changed cells are sent. */
export function RoleProfileGrid({ grid, canWrite, onSaved }: { grid: TRoleProfileGrid; canWrite: boolean; onSaved: (versionId: string) => void }) {
  const { t } = useTranslation();
  const save = useSaveRoleProfiles(grid.versionId);
  const initial = useMemo(() => new Map(grid.cells.map((c) => [key(c.positionId, c.competencyId), c as Cell])), [grid.cells]);
  const [changes, setChanges] = useState(new Map<string, Cell & { positionId: string; competencyId: string }>());
  const cellOf = (p: string, c: string): Cell => changes.get(key(p, c)) ?? initial.get(key(p, c)) ?? { requiredLevel: null, criticality: 3 };
  const change = (positionId: string, competencyId: string, patch: Partial<Cell>) =>
    setChanges((m) => new Map(m).set(key(positionId, competencyId), { positionId, competencyId, ...cellOf(positionId, competencyId), ...patch }));
  const name = (c: { nameEn: string; namePt: string }) => (currentLocale() === 'pt' ? c.namePt : c.nameEn);

  const submit = () =>
    save.mutate(
      { cells: [...changes.values()] },
      {
        onSuccess: (result) => {
          setChanges(new Map());
          notifications.show({ color: 'teal', message: result.isNewVersion ? t('competency.savedNewVersion') : t('competency.saved') });
          onSaved(result.versionId);
        },
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
      },
    );

  return (
    <>
      {canWrite && (
        <Group justify="flex-end">
          <Button onClick={submit} disabled={changes.size === 0} loading={save.isPending}>
            {t('competency.saveGrid', { count: changes.size })}
          </Button>
        </Group>
      )}
      <Table.ScrollContainer minWidth={600}>
        <Table striped withColumnBorders stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('competency.competency')}</Table.Th>
              {grid.positions.map((p) => (
                <Table.Th key={p.id} title={p.title}>
                  {p.code}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.competencies.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Text size="sm">{name(c)}</Text>
                </Table.Td>
                {grid.positions.map((p) => {
                  const cell = cellOf(p.id, c.id);
                  return (
                    <Table.Td key={p.id}>
                      <Group gap={2} wrap="nowrap">
                        <NativeSelect
                          size="xs"
                          aria-label={t('competency.requiredLevelFor', { position: p.title, competency: name(c) })}
                          data={LEVELS}
                          value={cell.requiredLevel === null ? '' : String(cell.requiredLevel)}
                          disabled={!canWrite}
                          onChange={(e) => change(p.id, c.id, { requiredLevel: e.currentTarget.value === '' ? null : Number(e.currentTarget.value) })}
                        />
                        <NativeSelect
                          size="xs"
                          aria-label={t('competency.criticalityFor', { position: p.title, competency: name(c) })}
                          data={CRITICALITY}
                          value={String(cell.criticality)}
                          disabled={!canWrite || cell.requiredLevel === null}
                          onChange={(e) => change(p.id, c.id, { criticality: Number(e.currentTarget.value) })}
                        />
                      </Group>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
