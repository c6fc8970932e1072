import type { TOrgUnit } from '@formasaun/shared';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOfficerSearch } from '../users/api';
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
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const results = useOfficerSearch(debounced);
  const eligibleUnits = useMemo(() => ancestorIds(units.data ?? [], unit.id), [units.data, unit.id]);
  // The current head stays listed so the field shows their name before any search.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(
    unit.headOfficerId ? { value: unit.headOfficerId, label: unit.headOfficerName ?? unit.headOfficerId } : null,
  );
  const options = (results.data?.items ?? []).map((o) => ({
    value: o.id,
    label: `${o.employeeNumber} — ${o.familyName}, ${o.givenNames} · ${o.orgUnitName}`,
    disabled: o.status !== 'active' || !eligibleUnits.has(o.orgUnitId),
  }));
  const data = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;

  return (
    <Select
      label={t('org.head')}
      description={t('org.headHint')}
      placeholder={t('org.headPlaceholder')}
      searchable
      clearable
      filter={({ options: opts }) => opts}
      searchValue={search}
      onSearchChange={setSearch}
      value={value}
      onChange={(id, option) => {
        setChosen(option ?? null);
        onChange(id);
      }}
      data={data}
      nothingFoundMessage={debounced.trim().length >= 2 ? t('common.nothingFound') : t('org.headTypeToSearch')}
      error={error}
    />
  );
}
