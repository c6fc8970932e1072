import type { TVenue, TVenueRoom } from '@formasaun/shared';
import { ActionIcon, Badge, Button, Group, Modal, NumberInput, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { useCan } from '../auth/session';
import { ConfirmDelete } from '../strategy/ConfirmDelete';
import { useAddClosure, useAddHolidays, useDeleteClosure, useDeleteHoliday, useDeleteRoom, useDeleteVenue, useHolidays, useSaveRoom, useSaveVenue, useVenues } from './api';
import { ClosureForm, HolidaysForm, RoomForm, VenueForm } from './VenueForms';

type Editing =
  | { kind: 'venue'; venue: TVenue | null }
  | { kind: 'room'; venueId: string; room: TVenueRoom | null }
  | { kind: 'closure'; room: TVenueRoom }
  | { kind: 'holidays' };
type Removing = { kind: 'venue' | 'room' | 'closure' | 'holiday'; id: string; name: string };

function RoomCard({ room, canWrite, onEdit, onClose, onRemove }: { room: TVenueRoom; canWrite: boolean; onEdit: () => void; onClose: () => void; onRemove: (r: Removing) => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" opacity={room.active ? 1 : 0.6}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text fw={600} size="sm">
            {room.name}
          </Text>
          <Text size="xs" c="dimmed">
            {t('venues.seats', { count: room.capacity })}
            {room.sessionCount > 0 ? ` · ${t('venues.sessionCount', { count: room.sessionCount })}` : ''}
          </Text>
        </div>
        {!room.active && <Badge color="gray">{t('venues.archived')}</Badge>}
      </Group>
      <Group gap={4} mt={6}>
        {room.equipment.map((e) => (
          <Badge key={e} variant="light" size="sm">
            {t(`venues.equipmentKinds.${e}`)}
          </Badge>
        ))}
      </Group>
      {room.closures.length > 0 && (
        <Stack gap={2} mt={6}>
          {room.closures.map((c) => (
            <Group key={c.id} gap="xs" wrap="nowrap">
              <Text size="xs" c="orange.8">
                {t('venues.closedFromTo', { from: formatDate(c.fromDay), to: formatDate(c.toDay) })}
                {c.reason ? ` — ${c.reason}` : ''}
              </Text>
              {canWrite && (
                <ActionIcon size="xs" variant="subtle" color="red" aria-label={t('venues.removeClosure')} onClick={() => onRemove({ kind: 'closure', id: c.id, name: `${room.name} ${formatDate(c.fromDay)}` })}>
                  ×
                </ActionIcon>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {canWrite && (
        <Group gap="xs" mt="xs" justify="flex-end">
          <Button size="compact-xs" variant="default" onClick={onEdit}>
            {t('venues.edit')}
          </Button>
          <Button size="compact-xs" variant="default" onClick={onClose}>
            {t('venues.addClosure')}
          </Button>
          <Button size="compact-xs" variant="subtle" color="red" onClick={() => onRemove({ kind: 'room', id: room.id, name: room.name })}>
            {t('venues.delete')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}

function Holidays({ canWrite, onAdd, onRemove }: { canWrite: boolean; onAdd: (year: number) => void; onRemove: (r: Removing) => void }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const holidays = useHolidays(year);
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          {t('venues.holidays')}
        </Title>
        <Group gap="xs" align="flex-end">
          <NumberInput aria-label={t('venues.year')} value={year} onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && setYear(v)} min={2000} max={2100} w={100} />
          {canWrite && <Button onClick={() => onAdd(year)}>{t('venues.addHolidays')}</Button>}
        </Group>
      </Group>
      {holidays.error ? <ErrorAlert error={holidays.error} /> : null}
      {holidays.data?.length === 0 && <Text c="dimmed">{t('venues.noHolidays', { year })}</Text>}
      {holidays.data && holidays.data.length > 0 && (
        <Paper withBorder>
          <Table aria-label={t('venues.holidays')}>
            <Table.Tbody>
              {holidays.data.map((h) => (
                <Table.Tr key={h.day}>
                  <Table.Td w={130}>{formatDate(h.day)}</Table.Td>
                  <Table.Td>{h.name}</Table.Td>
                  {canWrite && (
                    <Table.Td ta="right">
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => onRemove({ kind: 'holiday', id: h.day, name: `${formatDate(h.day)} ${h.name}` })}>
                        {t('venues.delete')}
                      </Button>
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
}

/** Venues with their rooms (capacity, equipment, closures) and the administration's public holidays. */
export default function VenuesPage() {
  const { t } = useTranslation();
  const canWrite = useCan()('CentreWrite');
  const venues = useVenues();
  const saveVenue = useSaveVenue();
  const saveRoom = useSaveRoom();
  const addClosure = useAddClosure();
  const addHolidays = useAddHolidays();
  const removers = { venue: useDeleteVenue(), room: useDeleteRoom(), closure: useDeleteClosure(), holiday: useDeleteHoliday() };
  const [editing, setEditing] = useState<Editing | null>(null);
  const [holidayYear, setHolidayYear] = useState(new Date().getFullYear());
  const [removing, setRemoving] = useState<Removing | null>(null);

  const close = () => {
    for (const m of [saveVenue, saveRoom, addClosure, addHolidays]) m.reset();
    setEditing(null);
  };
  const saved = () => {
    notifications.show({ color: 'teal', message: t('venues.saved') });
    close();
  };
  const remover = removing ? removers[removing.kind] : null;
  const closeRemove = () => {
    remover?.reset();
    setRemoving(null);
  };

  if (venues.error) return <ErrorAlert error={venues.error} />;
  if (!venues.data) return <PageLoader />;
  const titles = { venue: t('venues.venue'), room: t('venues.room'), closure: t('venues.closure'), holidays: t('venues.addHolidays') };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('venues.title')}</Title>
        {canWrite && <Button onClick={() => setEditing({ kind: 'venue', venue: null })}>{t('venues.addVenue')}</Button>}
      </Group>
      {venues.data.length === 0 && <Text c="dimmed">{t('venues.noVenues')}</Text>}
      {venues.data.map((v) => (
        <Paper key={v.id} withBorder p="sm" opacity={v.active ? 1 : 0.7}>
          <Group justify="space-between" align="flex-start">
            <div>
              <Group gap="xs">
                <Title order={2} size="h4">
                  {v.name}
                </Title>
                {!v.active && <Badge color="gray">{t('venues.archived')}</Badge>}
              </Group>
              <Text size="sm" c="dimmed">
                {[v.locationName, v.address].filter(Boolean).join(' · ')}
              </Text>
              {v.notes && <Text size="sm">{v.notes}</Text>}
            </div>
            {canWrite && (
              <Group gap="xs">
                <Button size="compact-sm" variant="default" onClick={() => setEditing({ kind: 'venue', venue: v })}>
                  {t('venues.edit')}
                </Button>
                <Button size="compact-sm" variant="default" onClick={() => setEditing({ kind: 'room', venueId: v.id, room: null })}>
                  {t('venues.addRoom')}
                </Button>
                <Button size="compact-sm" variant="subtle" color="red" onClick={() => setRemoving({ kind: 'venue', id: v.id, name: v.name })}>
                  {t('venues.delete')}
                </Button>
              </Group>
            )}
          </Group>
          {v.rooms.length === 0 ? (
            <Text size="sm" c="dimmed" mt="xs">
              {t('venues.noRooms')}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mt="sm" spacing="xs">
              {v.rooms.map((r) => (
                <RoomCard
                  key={r.id}
                  room={r}
                  canWrite={canWrite}
                  onEdit={() => setEditing({ kind: 'room', venueId: v.id, room: r })}
                  onClose={() => setEditing({ kind: 'closure', room: r })}
                  onRemove={setRemoving}
                />
              ))}
            </SimpleGrid>
          )}
        </Paper>
      ))}

      <Holidays
        canWrite={canWrite}
        onAdd={(year) => {
          setHolidayYear(year);
          setEditing({ kind: 'holidays' });
        }}
        onRemove={setRemoving}
      />

      <Modal opened={editing !== null} onClose={close} title={editing ? titles[editing.kind] : ''} size="lg">
        {editing?.kind === 'venue' && (
          <VenueForm
            venue={editing.venue}
            pending={saveVenue.isPending}
            error={saveVenue.error}
            onCancel={close}
            onSubmit={(input) => saveVenue.mutate({ id: editing.venue?.id ?? null, input }, { onSuccess: saved })}
          />
        )}
        {editing?.kind === 'room' && (
          <RoomForm
            room={editing.room}
            pending={saveRoom.isPending}
            error={saveRoom.error}
            onCancel={close}
            onSubmit={(input) => saveRoom.mutate({ id: editing.room?.id ?? null, venueId: editing.venueId, input }, { onSuccess: saved })}
          />
        )}
        {editing?.kind === 'closure' && (
          <ClosureForm pending={addClosure.isPending} error={addClosure.error} onCancel={close} onSubmit={(input) => addClosure.mutate({ roomId: editing.room.id, input }, { onSuccess: saved })} />
        )}
        {editing?.kind === 'holidays' && (
          <HolidaysForm year={holidayYear} pending={addHolidays.isPending} error={addHolidays.error} onCancel={close} onSubmit={(input) => addHolidays.mutate(input, { onSuccess: saved })} />
        )}
      </Modal>
      <ConfirmDelete
        title={t('venues.confirmDelete')}
        message={removing ? t('venues.deleteWhat', { name: removing.name }) : null}
        pending={remover?.isPending ?? false}
        error={remover?.error}
        onCancel={closeRemove}
        onConfirm={() => removing && remover?.mutate(removing.id, { onSuccess: closeRemove })}
      />
    </Stack>
  );
}
