import { OFFICER_STATUSES, SEXES } from '@formasaun/shared';
import { Button, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrgUnitSelect } from '../organisation/OrgUnitSelect';
import { useLocations, usePositions } from '../organisation/api';
import type { FilterKey, StaffFilters as TFilters } from './search-params';

interface StaffFiltersProps {
  filters: TFilters;
  onChange: (key: FilterKey, value: string | null) => void;
  onClear: () => void;
  canClear: boolean;
}

const GRADES = Array.from({ length: 20 }, (_, i) => String(i + 1));

export function StaffFilters({ filters, onChange, onClear, canClear }: StaffFiltersProps) {
  const { t } = useTranslation();
  const positions = usePositions();
  const locations = useLocations();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="sm" verticalSpacing="xs">
      <OrgUnitSelect
        label={t('staff.orgUnit')}
        description={t('staff.orgUnitHint')}
        placeholder={t('staff.any')}
        includeClosed
        value={filters.orgUnitId ?? null}
        onChange={(v) => onChange('orgUnitId', v)}
      />
      <Select
        label={t('staff.position')}
        placeholder={t('staff.any')}
        searchable
        clearable
        value={filters.positionId ?? null}
        onChange={(v) => onChange('positionId', v)}
        data={(positions.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
      />
      <Select
        label={t('staff.location')}
        placeholder={t('staff.any')}
        searchable
        clearable
        value={filters.locationId ?? null}
        onChange={(v) => onChange('locationId', v)}
        data={(locations.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
      />
      <Select
        label={t('staff.sex')}
        placeholder={t('staff.any')}
        clearable
        value={filters.sex ?? null}
        onChange={(v) => onChange('sex', v)}
        data={SEXES.map((s) => ({ value: s, label: t(`sex.${s}`) }))}
      />
      <Select
        label={t('staff.grade')}
        placeholder={t('staff.any')}
        clearable
        value={filters.grade ? String(filters.grade) : null}
        onChange={(v) => onChange('grade', v)}
        data={GRADES}
      />
      <Select
        label={t('staff.status')}
        placeholder={t('staff.any')}
        clearable
        value={filters.status ?? null}
        onChange={(v) => onChange('status', v)}
        data={OFFICER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      {canClear && (
        <Button variant="subtle" onClick={onClear} style={{ justifySelf: 'start' }}>
          {t('staff.clearFilters')}
        </Button>
      )}
    </SimpleGrid>
  );
}
