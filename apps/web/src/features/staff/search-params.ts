import { OFFICER_SORTS, OFFICER_STATUSES, SEXES, type TOfficerListQuery } from '@formasaun/shared';

export const PAGE_SIZE = 50;

export type StaffSort = (typeof OFFICER_SORTS)[number];
export type StaffFilters = Omit<TOfficerListQuery, 'pageSize'>;

const FILTER_KEYS = ['q', 'orgUnitId', 'positionId', 'locationId', 'sex', 'grade', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

function oneOf<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return list.find((v) => v === value);
}

/** Reads the staff list state from the URL, ignoring anything malformed. */
export function readFilters(params: URLSearchParams): StaffFilters {
  const grade = Number(params.get('grade'));
  const page = Number(params.get('page'));
  return {
    q: params.get('q')?.trim() || undefined,
    orgUnitId: params.get('orgUnitId') || undefined,
    positionId: params.get('positionId') || undefined,
    locationId: params.get('locationId') || undefined,
    sex: oneOf(SEXES, params.get('sex')),
    grade: Number.isInteger(grade) && grade >= 1 && grade <= 20 ? grade : undefined,
    status: oneOf(OFFICER_STATUSES, params.get('status')),
    sort: oneOf(OFFICER_SORTS, params.get('sort')) ?? 'familyName',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The query the list endpoint takes; also used, without paging, by the export links. */
export function toQuery(filters: StaffFilters, paging = true): Record<string, string | number | undefined> {
  const query: Record<string, string | number | undefined> = {};
  for (const key of FILTER_KEYS) query[key] = filters[key];
  query.sort = filters.sort;
  query.order = filters.order;
  if (paging) {
    query.page = filters.page;
    query.pageSize = PAGE_SIZE;
  }
  return query;
}

/** Writes a changed filter back to the URL; any filter change returns to page 1. */
export function withFilter(params: URLSearchParams, key: FilterKey | 'sort' | 'order' | 'page', value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === null || value === '') next.delete(key);
  else next.set(key, value);
  if (key !== 'page') next.delete('page');
  return next;
}

export function hasActiveFilters(filters: StaffFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== undefined);
}
