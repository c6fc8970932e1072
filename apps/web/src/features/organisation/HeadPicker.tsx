import type { TOrgUnit } from '@formasaun/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OfficerSearchSelect } from '../users/OfficerPicker';
import { useOrgUnits } from './api';
import { ancestorIds } from './tree';

interface HeadPickerProps {
  unit: TOrgUnit;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}

/** Finds the unit's head by name or employee number; only active officers of the unit or above it can be chosen. */
export function HeadPicker({ unit, value, onChange, error }: HeadPickerProps) {
  const { t } = useTranslation();
  const units = useOrgUnits();
  const eligibleUnits = useMemo(() => ancestorIds(units.data ?? [], unit.id), [units.data, unit.id]);
  return (
    <OfficerSearchSelect
      label={t('org.head')}
      description={t('org.headHint')}
      placeholder={t('org.headPlaceholder')}
      typeToSearch={t('org.headTypeToSearch')}
      value={value}
      onChange={onChange}
      error={error}
      initial={unit.headOfficerId ? { value: unit.headOfficerId, label: unit.headOfficerName ?? unit.headOfficerId } : null}
      labelOf={(o) => `${o.employeeNumber} — ${o.familyName}, ${o.givenNames} · ${o.orgUnitName}`}
      isDisabled={(o) => o.status !== 'active' || !eligibleUnits.has(o.orgUnitId)}
    />
  );
}
