import {
  ROOM_EQUIPMENT,
  type TRoomEquipment,
  type TVenue,
  type TVenueClosureInput,
  type TVenueHolidaysInput,
  type TVenueInput,
  type TVenueRoom,
  type TVenueRoomInput,
} from '@formasaun/shared';
import { Checkbox, MultiSelect, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/errors';
import { useLocations } from '../organisation/api';
import { FormFooter } from '../strategy/StrategyForms';

interface FormProps<T> {
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (input: T) => void;
}

const VENUE_FIELDS = ['name', 'locationId', 'address', 'notes', 'active'] as const;
export function VenueForm({ venue, ...props }: FormProps<TVenueInput> & { venue: TVenue | null }) {
  const { t } = useTranslation();
  const locations = useLocations();
  const [name, setName] = useState(venue?.name ?? '');
  const [locationId, setLocationId] = useState<string | null>(venue?.locationId ?? null);
  const [address, setAddress] = useState(venue?.address ?? '');
  const [notes, setNotes] = useState(venue?.notes ?? '');
  const [active, setActive] = useState(venue?.active ?? true);
  const errors = fieldErrors(props.error);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit({ name, locationId, address: address.trim() || null, notes: notes.trim() || null, active });
      }}
    >
      <Stack gap="sm">
        <TextInput label={t('venues.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} required />
        <Select
          label={t('venues.location')}
          data={(locations.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
          value={locationId}
          onChange={setLocationId}
          clearable
          searchable
          error={errors.locationId}
        />
        <TextInput label={t('venues.address')} value={address} onChange={(e) => setAddress(e.currentTarget.value)} error={errors.address} />
        <Textarea label={t('venues.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.notes} autosize minRows={2} />
        <Checkbox label={t('venues.activeLabel')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
        <FormFooter error={props.error} fields={VENUE_FIELDS} pending={props.pending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}

const ROOM_FIELDS = ['name', 'capacity', 'equipment', 'active'] as const;
export function RoomForm({ room, ...props }: FormProps<TVenueRoomInput> & { room: TVenueRoom | null }) {
  const { t } = useTranslation();
  const [name, setName] = useState(room?.name ?? '');
  const [capacity, setCapacity] = useState<number | string>(room?.capacity ?? 20);
  const [equipment, setEquipment] = useState<string[]>(room?.equipment ?? []);
  const [active, setActive] = useState(room?.active ?? true);
  const errors = fieldErrors(props.error);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit({ name, capacity: Number(capacity), equipment: equipment as TRoomEquipment[], active });
      }}
    >
      <Stack gap="sm">
        <TextInput label={t('venues.roomName')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} required />
        <NumberInput label={t('venues.capacity')} value={capacity} onChange={setCapacity} min={1} max={1000} allowDecimal={false} error={errors.capacity} required />
        <MultiSelect
          label={t('venues.equipment')}
          data={ROOM_EQUIPMENT.map((e) => ({ value: e, label: t(`venues.equipmentKinds.${e}`) }))}
          value={equipment}
          onChange={setEquipment}
          error={errors.equipment}
        />
        <Checkbox label={t('venues.roomActiveLabel')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
        <FormFooter error={props.error} fields={ROOM_FIELDS} pending={props.pending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}

const CLOSURE_FIELDS = ['fromDay', 'toDay', 'reason'] as const;
export function ClosureForm(props: FormProps<TVenueClosureInput>) {
  const { t } = useTranslation();
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  const [reason, setReason] = useState('');
  const errors = fieldErrors(props.error);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit({ fromDay, toDay: toDay || fromDay, reason: reason.trim() || null });
      }}
    >
      <Stack gap="sm">
        <TextInput type="date" label={t('venues.from')} value={fromDay} onChange={(e) => setFromDay(e.currentTarget.value)} error={errors.fromDay} required />
        <TextInput type="date" label={t('venues.to')} value={toDay} onChange={(e) => setToDay(e.currentTarget.value)} error={errors.toDay} />
        <TextInput label={t('venues.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} />
        <FormFooter error={props.error} fields={CLOSURE_FIELDS} pending={props.pending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}

/** One holiday per line, "YYYY-MM-DD Name": a whole year can be pasted at once. */
export function HolidaysForm({ year, ...props }: FormProps<TVenueHolidaysInput> & { year: number }) {
  const { t } = useTranslation();
  const [lines, setLines] = useState('');
  const [parseError, setParseError] = useState<string | null>(null);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const rows = lines
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        const holidays = rows.map((l) => {
          const m = /^(\d{4}-\d{2}-\d{2})\s+(.+)$/.exec(l);
          return m ? { day: m[1]!, name: m[2]!.trim() } : null;
        });
        const bad = holidays.findIndex((h) => h === null);
        if (bad >= 0 || holidays.length === 0) {
          setParseError(t('venues.holidayLineError', { line: bad + 1 }));
          return;
        }
        setParseError(null);
        props.onSubmit({ holidays: holidays.filter((h) => h !== null) });
      }}
    >
      <Stack gap="sm">
        <Textarea
          label={t('venues.holidayLines')}
          description={t('venues.holidayLinesHint')}
          placeholder={`${year}-01-01 ${t('venues.newYear')}\n${year}-05-20 …`}
          value={lines}
          onChange={(e) => setLines(e.currentTarget.value)}
          autosize
          minRows={5}
          error={parseError}
        />
        <FormFooter error={props.error} fields={['holidays']} pending={props.pending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}
