import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgUnits } from './api';
import { unitOptions } from './tree';

type OrgUnitSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (value: string | null) => void;
  /** Ids that may not be chosen (e.g. a unit's own subtree when moving it). */
  exclude?: ReadonlySet<string>;
  includeClosed?: boolean;
};

/** Searchable org-unit picker; options show the full path so that same-named units differ. */
export function OrgUnitSelect({ value, onChange, exclude, includeClosed, ...rest }: OrgUnitSelectProps) {
  const { t } = useTranslation();
  const units = useOrgUnits();
  const data = useMemo(() => {
    const all = unitOptions(units.data ?? [], { includeClosed });
    return exclude ? all.filter((o) => !exclude.has(o.value)) : all;
  }, [units.data, exclude, includeClosed]);
  return (
    <Select
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      nothingFoundMessage={t('common.nothingFound')}
      disabled={units.isPending}
      comboboxProps={{ withinPortal: true }}
      {...rest}
    />
  );
}
