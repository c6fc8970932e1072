import { Button, Collapse, Group, Pagination, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { useCan } from '../auth/session';
import { exportUrl, useOfficerPage } from './api';
import { hasActiveFilters, PAGE_SIZE, readFilters, withFilter, type FilterKey, type StaffSort } from './search-params';
import { StaffFilters } from './StaffFilters';
import { StaffList, StaffTable } from './StaffTable';

export default function StaffPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const isPhone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [filtersOpen, { toggle: toggleFilters }] = useDisclosure(false);
  const page = useOfficerPage(filters);

  const urlQ = filters.q ?? '';
  const [search, setSearch] = useState(urlQ);
  const [debounced] = useDebouncedValue(search.trim(), 300);
  // Only a settled keystroke writes the URL; URL changes (back/forward) flow back through the next effect.
  useEffect(() => {
    if (debounced !== urlQ) setParams((p) => withFilter(p, 'q', debounced || null));
  }, [debounced]);
  useEffect(() => {
    setSearch((current) => (current.trim() === urlQ ? current : urlQ));
  }, [urlQ]);

  const setFilter = (key: FilterKey, value: string | null) => setParams((p) => withFilter(p, key, value));
  const onSort = (sort: StaffSort) =>
    setParams((p) => {
      const next = withFilter(p, 'sort', sort);
      const order = filters.sort === sort && filters.order === 'asc' ? 'desc' : 'asc';
      next.set('order', order);
      return next;
    });
  const clearFilters = () => {
    setSearch('');
    setParams(() => {
      const next = new URLSearchParams();
      if (params.get('sort')) next.set('sort', filters.sort);
      if (params.get('order')) next.set('order', filters.order);
      return next;
    });
  };

  const data = page.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const from = data && data.total > 0 ? (data.page - 1) * PAGE_SIZE + 1 : 0;
  const to = data ? Math.min(data.total, (data.page - 1) * PAGE_SIZE + data.items.length) : 0;
  const active = hasActiveFilters(filters);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('staff.title')}</Title>
        {can('OfficerExport') && (
          <Group gap="xs">
            <Button component="a" href={exportUrl(filters, 'xlsx')} variant="default" size="sm" download>
              {t('staff.exportXlsx')}
            </Button>
            <Button component="a" href={exportUrl(filters, 'csv')} variant="default" size="sm" download>
              {t('staff.exportCsv')}
            </Button>
          </Group>
        )}
      </Group>

      <Paper withBorder p="sm">
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <TextInput
              label={t('staff.search')}
              description={t('staff.searchHint')}
              type="search"
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            {isPhone && (
              <Button variant="default" onClick={toggleFilters} aria-expanded={filtersOpen}>
                {t('staff.filters')}
              </Button>
            )}
          </Group>
          {isPhone ? (
            <Collapse expanded={filtersOpen}>
              <StaffFilters filters={filters} onChange={setFilter} onClear={clearFilters} canClear={active} />
            </Collapse>
          ) : (
            <StaffFilters filters={filters} onChange={setFilter} onClear={clearFilters} canClear={active} />
          )}
        </Stack>
      </Paper>

      {page.error && <ErrorAlert error={page.error} />}
      {page.isPending ? (
        <PageLoader />
      ) : data ? (
        <Stack gap="sm" style={{ opacity: page.isPlaceholderData ? 0.6 : 1 }} aria-busy={page.isFetching}>
          <Text size="sm" c="dimmed" role="status">
            {data.total === 0
              ? t('staff.noResults')
              : t('staff.showing', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(data.total) })}
          </Text>
          {data.items.length > 0 &&
            (isPhone ? (
              <StaffList items={data.items} />
            ) : (
              <Paper withBorder>
                <StaffTable items={data.items} filters={filters} onSort={onSort} />
              </Paper>
            ))}
          {pages > 1 && (
            <Group justify="center">
              <Pagination
                total={pages}
                value={Math.min(filters.page, pages)}
                onChange={(p) => {
                  setParams((prev) => withFilter(prev, 'page', p === 1 ? null : String(p)));
                  window.scrollTo({ top: 0 });
                }}
                siblings={isPhone ? 0 : 1}
                size={isPhone ? 'sm' : 'md'}
                getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
                getItemProps={(p) => ({ 'aria-label': t('pagination.page', { page: p }) })}
              />
            </Group>
          )}
        </Stack>
      ) : null}
    </Stack>
  );
}
