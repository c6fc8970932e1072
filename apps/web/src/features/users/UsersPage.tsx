import type { TUser } from '@formasaun/shared';
import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { ToneBadge } from '../../components/ToneBadge';
import { useCan, useSession } from '../auth/session';
import { useOrgUnits } from '../organisation/api';
import { useUpdateUser, useUsers } from './api';
import { UserCreateForm } from './UserCreateForm';

function RoleBadges({ user, unitName }: { user: TUser; unitName: (id: string | null) => string | null }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {user.roles.map((r) => {
        const unit = r.role === 'supervisor' ? unitName(r.orgUnitId) : null;
        return (
          <Badge key={`${r.role}:${r.orgUnitId ?? ''}:${r.administrationId ?? ''}`} variant="light" size="sm" tt="none">
            {t(`role.${r.role}`)}
            {unit ? ` · ${unit}` : ''}
          </Badge>
        );
      })}
    </Group>
  );
}

export default function UsersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const session = useSession();
  const users = useUsers();
  const units = useOrgUnits();
  const update = useUpdateUser();
  const [creating, { open, close }] = useDisclosure(false);
  const [filter, setFilter] = useState('');
  const canWrite = can('UserWrite');

  const unitNames = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
  const unitName = (id: string | null) => (id ? (unitNames.get(id) ?? null) : null);
  const needle = filter.trim().toLowerCase();
  const shown = (users.data ?? []).filter(
    (u) => !needle || `${u.displayName} ${u.email}`.toLowerCase().includes(needle),
  );

  const setActive = (user: TUser, isActive: boolean) =>
    update.mutate(
      { id: user.id, input: { isActive } },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: isActive ? t('users.reactivated', { name: user.displayName }) : t('users.deactivated', { name: user.displayName }),
          }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
      },
    );

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('users.title')}</Title>
        {canWrite && <Button onClick={open}>{t('users.newUser')}</Button>}
      </Group>
      <TextInput label={t('users.filter')} value={filter} onChange={(e) => setFilter(e.currentTarget.value)} maw={360} />

      {users.isPending ? (
        <PageLoader />
      ) : users.error ? (
        <ErrorAlert error={users.error} />
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('users.displayName')}</Table.Th>
                  <Table.Th>{t('users.email')}</Table.Th>
                  <Table.Th>{t('users.roles')}</Table.Th>
                  <Table.Th>{t('users.status')}</Table.Th>
                  <Table.Th>{t('users.lastSignIn')}</Table.Th>
                  {canWrite && <Table.Th>{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((user) => (
                  <Table.Tr key={user.id}>
                    <Table.Td fw={500}>{user.displayName}</Table.Td>
                    <Table.Td>{user.email}</Table.Td>
                    <Table.Td>
                      <RoleBadges user={user} unitName={unitName} />
                    </Table.Td>
                    <Table.Td>
                      <ToneBadge tone={user.isActive ? 'positive' : 'neutral'}>
                        {user.isActive ? t('users.active') : t('users.inactive')}
                      </ToneBadge>
                    </Table.Td>
                    <Table.Td fz="sm">{formatDateTime(user.lastSignInAt)}</Table.Td>
                    {canWrite && (
                      <Table.Td>
                        {user.id !== session.user.id && (
                          <Button
                            size="xs"
                            variant={user.isActive ? 'default' : 'light'}
                            color={user.isActive ? 'red' : undefined}
                            loading={update.isPending && update.variables.id === user.id}
                            onClick={() => setActive(user, !user.isActive)}
                            aria-label={
                              user.isActive
                                ? t('users.deactivateUser', { name: user.displayName })
                                : t('users.reactivateUser', { name: user.displayName })
                            }
                          >
                            {user.isActive ? t('users.deactivate') : t('users.reactivate')}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {shown.length === 0 && (
            <Text c="dimmed" p="md">
              {t('common.nothingFound')}
            </Text>
          )}
        </Paper>
      )}

      <Modal opened={creating} onClose={close} title={t('users.newUser')} size="lg">
        <UserCreateForm onDone={close} />
      </Modal>
    </Stack>
  );
}
