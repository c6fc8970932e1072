import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOfficerSearch } from './api';

interface OfficerPickerProps {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}

/** Finds an officer record by employee number or name, searched on the server. */
export function OfficerPicker({ value, onChange, error }: OfficerPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const results = useOfficerSearch(debounced);
  const options = (results.data?.items ?? []).map((o) => ({
    value: o.id,
    label: `${o.employeeNumber} — ${o.familyName}, ${o.givenNames}`,
  }));
  const data = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;

  return (
    <Select
      label={t('users.officerRecord')}
      description={t('users.officerRecordHint')}
      placeholder={t('users.officerSearchPlaceholder')}
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
      nothingFoundMessage={debounced.trim().length >= 2 ? t('common.nothingFound') : t('users.typeToSearch')}
      error={error}
    />
  );
}
