import { ZOfficer, ZOfficerDetail, ZOfficerPage, type TOfficerInput, type TOfficerUpdate } from '@formasaun/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, API_BASE, queryString } from '../../api/client';
import { orgKeys } from '../organisation/api';
import { toQuery, type StaffFilters } from './search-params';

export const staffKeys = {
  all: ['officers'] as const,
  list: (filters: StaffFilters) => ['officers', 'list', filters] as const,
  detail: (id: string) => ['officers', 'detail', id] as const,
};

export function useOfficerPage(filters: StaffFilters) {
  return useQuery({
    queryKey: staffKeys.list(filters),
    queryFn: ({ signal }) => api('/officers', { query: toQuery(filters), schema: ZOfficerPage, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOfficer(id: string) {
  return useQuery({
    queryKey: staffKeys.detail(id),
    queryFn: () => api(`/officers/${id}`, { schema: ZOfficerDetail }),
  });
}

export function useUpdateOfficer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TOfficerUpdate) => api(`/officers/${id}`, { method: 'PATCH', body: input, schema: ZOfficerDetail }),
    onSuccess: (officer) => {
      queryClient.setQueryData(staffKeys.detail(id), officer);
      void queryClient.invalidateQueries({ queryKey: ['officers', 'list'] });
      void queryClient.invalidateQueries({ queryKey: orgKeys.units });
    },
  });
}

export function useCreateOfficer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TOfficerInput) => api('/officers', { method: 'POST', body: input, schema: ZOfficer }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: staffKeys.all });
      void queryClient.invalidateQueries({ queryKey: orgKeys.units });
    },
  });
}

export function exportUrl(filters: StaffFilters, format: 'xlsx' | 'csv'): string {
  return `${API_BASE}/officers/export${queryString({ format, ...toQuery(filters, false) })}`;
}
