import type { TOfficer } from '@formasaun/shared';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOfficerSearch } from './api';

type Option = { value: string; label: string };

interface OfficerSearchSelectProps {
  label: string;
  description?: string;
  placeholder: string;
  /** Shown until two characters are typed. */
  typeToSearch: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
  /** The current choice, so the field shows a name before any search. */
  initial?: Option | null;
  labelOf?: (o: TOfficer) => string;
  isDisabled?: (o: TOfficer) => boolean;
}

const defaultLabel = (o: TOfficer) => `${o.employeeNumber} — ${o.familyName}, ${o.givenNames}`;

/** Finds an officer record by employee number or name, searched on the server. */
export function OfficerSearchSelect(props: OfficerSearchSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [chosen, setChosen] = useState<Option | null>(props.initial ?? null);
  const results = useOfficerSearch(debounced);
  const labelOf = props.labelOf ?? defaultLabel;
  const options = (results.data?.items ?? []).map((o) => ({ value: o.id, label: labelOf(o), disabled: props.isDisabled?.(o) ?? false }));
  const data = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;

  return (
    <Select
      label={props.label}
      description={props.description}
      placeholder={props.placeholder}
      searchable
      clearable
      filter={({ options: opts }) => opts}
      searchValue={search}
      onSearchChange={setSearch}
      value={props.value}
      onChange={(id, option) => {
        setChosen(option ?? null);
        props.onChange(id);
      }}
      data={data}
      nothingFoundMessage={debounced.trim().length >= 2 ? t('common.nothingFound') : props.typeToSearch}
      error={props.error}
    />
  );
}

/** The officer record a user account is linked to. */
export function OfficerPicker({ value, onChange, error }: { value: string | null; onChange: (id: string | null) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <OfficerSearchSelect
      label={t('users.officerRecord')}
      description={t('users.officerRecordHint')}
      placeholder={t('users.officerSearchPlaceholder')}
      typeToSearch={t('users.typeToSearch')}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
