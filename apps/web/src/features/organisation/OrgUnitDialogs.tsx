import { ORG_UNIT_KINDS, type TOrgUnit } from '@formasaun/shared';
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { today } from '../../components/format';
import { useCloseOrgUnit, useCreateOrgUnit, useLocations, useMoveOrgUnit, useOrgUnits, useUpdateOrgUnit } from './api';
import { HeadPicker } from './HeadPicker';
import { OrgUnitSelect } from './OrgUnitSelect';
import { subtreeIds } from './tree';

type TOrgUnitKind = TOrgUnit['kind'];

export type OrgDialog =
  | { kind: 'create'; parent: TOrgUnit | null }
  | { kind: 'edit'; unit: TOrgUnit }
  | { kind: 'move'; unit: TOrgUnit }
  | { kind: 'close'; unit: TOrgUnit };

const FORM_FIELDS = ['code', 'name', 'kind', 'locationId', 'headOfficerId'] as const;

function UnitForm({ dialog, onDone }: { dialog: Extract<OrgDialog, { kind: 'create' | 'edit' }>; onDone: () => void }) {
  const { t } = useTranslation();
  const locations = useLocations();
  const create = useCreateOrgUnit();
  const update = useUpdateOrgUnit();
  const existing = dialog.kind === 'edit' ? dialog.unit : null;
  const [code, setCode] = useState(existing?.code ?? '');
  const [name, setName] = useState(existing?.name ?? '');
  const [kind, setKind] = useState<TOrgUnitKind>(existing?.kind ?? 'unit');
  const [locationId, setLocationId] = useState<string | null>(existing?.locationId ?? null);
  const [headOfficerId, setHeadOfficerId] = useState<string | null>(existing?.headOfficerId ?? null);
  const mutation = existing ? update : create;
  const errors = fieldErrors(mutation.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { code: code.trim(), name: name.trim(), kind, locationId };
    // The head is sent only when changed, so a rename never trips over a head who has since moved.
    const head = existing && headOfficerId !== existing.headOfficerId ? { headOfficerId } : {};
    if (existing) update.mutate({ id: existing.id, input: { ...input, ...head } }, { onSuccess: onDone });
    else create.mutate({ ...input, parentId: dialog.kind === 'create' ? (dialog.parent?.id ?? null) : null }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {dialog.kind === 'create' && (
          <Text size="sm">
            {dialog.parent ? t('org.addUnder', { name: dialog.parent.name }) : t('org.addTopLevelHint')}
          </Text>
        )}
        <ErrorAlert error={mutation.error} fields={FORM_FIELDS} />
        <TextInput label={t('org.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} data-autofocus />
        <TextInput label={t('org.code')} required value={code} onChange={(e) => setCode(e.currentTarget.value)} error={errors.code} />
        <Select
          label={t('org.kind')}
          required
          allowDeselect={false}
          value={kind}
          onChange={(v) => v && setKind(v)}
          data={ORG_UNIT_KINDS.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))}
          error={errors.kind}
        />
        <Select
          label={t('org.location')}
          clearable
          searchable
          value={locationId}
          onChange={setLocationId}
          data={(locations.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
          error={errors.locationId}
        />
        {existing && <HeadPicker unit={existing} value={headOfficerId} onChange={setHeadOfficerId} error={errors.headOfficerId} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MoveForm({ unit, onDone }: { unit: TOrgUnit; onDone: () => void }) {
  const { t } = useTranslation();
  const units = useOrgUnits();
  const move = useMoveOrgUnit();
  const [parentId, setParentId] = useState<string | null>(unit.parentId);
  const exclude = useMemo(() => subtreeIds(units.data ?? [], unit.id), [units.data, unit.id]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    move.mutate({ id: unit.id, parentId }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={move.error} />
        <OrgUnitSelect
          label={t('org.newParent')}
          description={t('org.newParentHint')}
          placeholder={t('org.topLevel')}
          value={parentId}
          onChange={setParentId}
          exclude={exclude}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={move.isPending} disabled={parentId === unit.parentId}>
            {t('org.move')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CloseForm({ unit, onDone }: { unit: TOrgUnit; onDone: () => void }) {
  const { t } = useTranslation();
  const close = useCloseOrgUnit();
  const [closedOn, setClosedOn] = useState(today());
  const errors = fieldErrors(close.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    close.mutate({ id: unit.id, closedOn }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('org.closeHint', { name: unit.name })}</Text>
        <ErrorAlert error={close.error} fields={['closedOn']} />
        <TextInput
          type="date"
          label={t('org.closedOn')}
          required
          value={closedOn}
          onChange={(e) => setClosedOn(e.currentTarget.value)}
          error={errors.closedOn}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={close.isPending} disabled={!closedOn}>
            {t('org.closeUnit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function OrgUnitDialogs({ dialog, onClose }: { dialog: OrgDialog | null; onClose: () => void }) {
  const { t } = useTranslation();
  const title = !dialog
    ? ''
    : dialog.kind === 'create'
      ? t('org.addUnit')
      : dialog.kind === 'edit'
        ? t('org.editUnit', { name: dialog.unit.name })
        : dialog.kind === 'move'
          ? t('org.moveUnit', { name: dialog.unit.name })
          : t('org.closeUnitTitle', { name: dialog.unit.name });
  return (
    <Modal opened={dialog !== null} onClose={onClose} title={title} centered>
      {dialog?.kind === 'create' || dialog?.kind === 'edit' ? (
        <UnitForm dialog={dialog} onDone={onClose} />
      ) : dialog?.kind === 'move' ? (
        <MoveForm unit={dialog.unit} onDone={onClose} />
      ) : dialog?.kind === 'close' ? (
        <CloseForm unit={dialog.unit} onDone={onClose} />
      ) : null}
    </Modal>
  );
}
