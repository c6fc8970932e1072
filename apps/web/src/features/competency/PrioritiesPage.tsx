import type { TPriority } from '@formasaun/shared';
import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { currentLocale } from '../../i18n';
import { useCan } from '../auth/session';
import { useDeletePriority, useFrameworks, useFrameworkVersion, usePriorities, useSavePriority } from './api';
import { PriorityForm } from './PriorityForm';

/** The most recently created version across all frameworks: its competencies are offered for priorities. */
function useLatestVersionId(): string | null {
  const frameworks = useFrameworks();
  return useMemo(() => {
    const versions = (frameworks.data ?? []).flatMap((f) => f.versions);
    versions.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return versions[0]?.id ?? null;
  }, [frameworks.data]);
}

/** Strategic priorities: multipliers that raise the weight of some competencies in needs analysis over a period. */
export default function PrioritiesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const canWrite = can('FrameworkWrite');
  const priorities = usePriorities();
  const latest = useFrameworkVersion(useLatestVersionId());
  const save = useSavePriority();
  const remove = useDeletePriority();
  const [editing, setEditing] = useState<TPriority | 'new' | null>(null);
  const [removing, setRemoving] = useState<TPriority | null>(null);

  const competencyOptions = useMemo(
    () => (latest.data?.competencies ?? []).map((c) => ({ value: c.code, label: `${c.code} · ${currentLocale() === 'pt' ? c.namePt : c.nameEn}` })),
    [latest.data],
  );
  const nameOf = useMemo(() => new Map(competencyOptions.map((o) => [o.value, o.label])), [competencyOptions]);

  const closeEdit = () => {
    save.reset();
    setEditing(null);
  };
  const closeRemove = () => {
    remove.reset();
    setRemoving(null);
  };

  if (priorities.isPending) return <PageLoader />;
  if (priorities.error) return <ErrorAlert error={priorities.error} />;
  const items = priorities.data;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('priorities.title')}</Title>
        {canWrite && <Button onClick={() => setEditing('new')}>{t('priorities.add')}</Button>}
      </Group>
      <Text c="dimmed" size="sm">
        {t('priorities.hint')}
      </Text>
      {items.length === 0 ? (
        <Text>{t('priorities.none')}</Text>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={640}>
            <Table striped aria-label={t('priorities.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('priorities.name')}</Table.Th>
                  <Table.Th>{t('priorities.multiplier')}</Table.Th>
                  <Table.Th>{t('priorities.validity')}</Table.Th>
                  <Table.Th>{t('priorities.competencies')}</Table.Th>
                  {canWrite && <Table.Th>{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {p.name}
                      </Text>
                      {p.description && (
                        <Text size="xs" c="dimmed">
                          {p.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{`×${p.multiplier.toFixed(2)}`}</Table.Td>
                    <Table.Td>
                      {p.validTo
                        ? t('priorities.fromTo', { from: formatDate(p.validFrom), to: formatDate(p.validTo) })
                        : t('priorities.fromOnwards', { from: formatDate(p.validFrom) })}
                    </Table.Td>
                    <Table.Td>
                      {p.competencyCodes.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {t('priorities.noCompetencies')}
                        </Text>
                      ) : (
                        <Group gap={4}>
                          {p.competencyCodes.map((code) => (
                            <Badge key={code} variant="light" tt="none" title={nameOf.get(code)}>
                              {code}
                            </Badge>
                          ))}
                        </Group>
                      )}
                    </Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button size="xs" variant="default" onClick={() => setEditing(p)}>
                            {t('priorities.edit')}
                          </Button>
                          <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(p)}>
                            {t('priorities.delete')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <Modal opened={editing !== null} onClose={closeEdit} title={editing === 'new' ? t('priorities.add') : t('priorities.editTitle')} size="lg">
        {editing !== null && (
          <PriorityForm
            key={editing === 'new' ? 'new' : editing.id}
            priority={editing === 'new' ? null : editing}
            competencyOptions={competencyOptions}
            pending={save.isPending}
            error={save.error}
            onCancel={closeEdit}
            onSubmit={(input) =>
              save.mutate(
                { id: editing === 'new' ? null : editing.id, input },
                {
                  onSuccess: () => {
                    notifications.show({ color: 'teal', message: t('priorities.saved') });
                    closeEdit();
                  },
                },
              )
            }
          />
        )}
      </Modal>
      <Modal opened={removing !== null} onClose={closeRemove} title={t('priorities.deleteTitle')} centered>
        {removing && (
          <Stack>
            <Text>{t('priorities.deleteConfirm', { name: removing.name })}</Text>
            {remove.error ? <ErrorAlert error={remove.error} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={closeRemove}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(removing.id, {
                    onSuccess: () => {
                      notifications.show({ color: 'teal', message: t('priorities.deleted') });
                      closeRemove();
                    },
                  })
                }
              >
                {t('priorities.delete')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
