import { OFFICER_STATUSES, SEXES, type TOfficerDetail, type TOfficerUpdate } from '@formasaun/shared';
import { Alert, Button, Divider, Group, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { today } from '../../components/format';
import { useLocations, usePositions } from '../organisation/api';
import { OrgUnitSelect } from '../organisation/OrgUnitSelect';
import { useUpdateOfficer } from './api';

type Draft = {
  givenNames: string;
  familyName: string;
  sex: TOfficerDetail['sex'];
  dateOfBirth: string;
  grade: string;
  hireDate: string;
  email: string;
  phone: string;
  languages: string[];
  status: TOfficerDetail['status'];
  orgUnitId: string;
  positionId: string | null;
  locationId: string | null;
};

const FIELDS = ['givenNames', 'familyName', 'sex', 'dateOfBirth', 'grade', 'hireDate', 'email', 'phone', 'languages', 'status', 'orgUnitId', 'positionId', 'locationId', 'effectiveFrom'];

function draftOf(o: TOfficerDetail): Draft {
  return {
    givenNames: o.givenNames,
    familyName: o.familyName,
    sex: o.sex,
    dateOfBirth: o.dateOfBirth ?? '',
    grade: o.grade ? String(o.grade) : '',
    hireDate: o.hireDate ?? '',
    email: o.email ?? '',
    phone: o.phone ?? '',
    languages: o.languages,
    status: o.status,
    orgUnitId: o.orgUnitId,
    positionId: o.positionId,
    locationId: o.locationId,
  };
}

/** Only the fields that changed, so an edit never overwrites what it did not touch. */
function changes(before: Draft, after: Draft): TOfficerUpdate {
  const out: TOfficerUpdate = {};
  if (after.givenNames !== before.givenNames) out.givenNames = after.givenNames.trim();
  if (after.familyName !== before.familyName) out.familyName = after.familyName.trim();
  if (after.sex !== before.sex) out.sex = after.sex;
  if (after.dateOfBirth !== before.dateOfBirth) out.dateOfBirth = after.dateOfBirth || null;
  if (after.grade !== before.grade) out.grade = after.grade ? Number(after.grade) : null;
  if (after.hireDate !== before.hireDate) out.hireDate = after.hireDate || null;
  if (after.email !== before.email) out.email = after.email.trim() || null;
  if (after.phone !== before.phone) out.phone = after.phone.trim() || null;
  if (after.languages.join() !== before.languages.join()) out.languages = after.languages.map((l) => l.trim().toLowerCase());
  if (after.status !== before.status) out.status = after.status;
  if (after.orgUnitId !== before.orgUnitId) out.orgUnitId = after.orgUnitId;
  if (after.positionId !== before.positionId) out.positionId = after.positionId;
  if (after.locationId !== before.locationId) out.locationId = after.locationId;
  return out;
}

const GRADES = Array.from({ length: 20 }, (_, i) => String(i + 1));

export function OfficerEditForm({ officer, onDone }: { officer: TOfficerDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const positions = usePositions();
  const locations = useLocations();
  const update = useUpdateOfficer(officer.id);
  const [initial] = useState(() => draftOf(officer));
  const [draft, setDraft] = useState(initial);
  const [effectiveFrom, setEffectiveFrom] = useState(today());
  const errors = fieldErrors(update.error);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const diff = changes(initial, draft);
  const movesAssignment = ['orgUnitId', 'positionId', 'grade', 'locationId'].some((k) => k in diff);
  const dirty = Object.keys(diff).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(movesAssignment ? { ...diff, effectiveFrom } : diff, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={update.error} fields={FIELDS} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('staff.givenNames')} required value={draft.givenNames} onChange={(e) => set('givenNames', e.currentTarget.value)} error={errors.givenNames} />
          <TextInput label={t('staff.familyName')} required value={draft.familyName} onChange={(e) => set('familyName', e.currentTarget.value)} error={errors.familyName} />
          <Select label={t('staff.sex')} required allowDeselect={false} value={draft.sex} onChange={(v) => v && set('sex', v)} data={SEXES.map((s) => ({ value: s, label: t(`sex.${s}`) }))} error={errors.sex} />
          <TextInput type="date" label={t('staff.dateOfBirth')} value={draft.dateOfBirth} onChange={(e) => set('dateOfBirth', e.currentTarget.value)} error={errors.dateOfBirth} />
          <TextInput type="date" label={t('staff.hireDate')} value={draft.hireDate} onChange={(e) => set('hireDate', e.currentTarget.value)} error={errors.hireDate} />
          <Select label={t('staff.status')} required allowDeselect={false} value={draft.status} onChange={(v) => v && set('status', v)} data={OFFICER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} error={errors.status} />
          <TextInput type="email" label={t('staff.email')} value={draft.email} onChange={(e) => set('email', e.currentTarget.value)} error={errors.email} />
          <TextInput type="tel" label={t('staff.phone')} value={draft.phone} onChange={(e) => set('phone', e.currentTarget.value)} error={errors.phone} />
        </SimpleGrid>
        <TagsInput label={t('staff.languages')} description={t('officer.languagesHint')} value={draft.languages} onChange={(v) => set('languages', v)} error={errors.languages} />

        <Divider label={t('officer.assignment')} labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <OrgUnitSelect label={t('staff.orgUnit')} required clearable={false} value={draft.orgUnitId} onChange={(v) => v && set('orgUnitId', v)} error={errors.orgUnitId} />
          <Select label={t('staff.position')} searchable clearable value={draft.positionId} onChange={(v) => set('positionId', v)} data={(positions.data ?? []).map((p) => ({ value: p.id, label: p.title }))} error={errors.positionId} />
          <Select label={t('staff.grade')} clearable value={draft.grade || null} onChange={(v) => set('grade', v ?? '')} data={GRADES} error={errors.grade} />
          <Select label={t('staff.location')} searchable clearable value={draft.locationId} onChange={(v) => set('locationId', v)} data={(locations.data ?? []).map((l) => ({ value: l.id, label: l.name }))} error={errors.locationId} />
        </SimpleGrid>
        {movesAssignment && (
          <Alert variant="light" color="customs">
            <TextInput type="date" label={t('officer.effectiveFrom')} description={t('officer.effectiveFromHint')} required value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.currentTarget.value)} error={errors.effectiveFrom} />
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} disabled={!dirty}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
