import { type TKpiValuesPut, ZKpiImportResult, ZKpiResults, ZKpiValues, ZStrategySummary } from '@formasaun/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { API_BASE, api, queryString } from '../../api/client';

const ZStrategyList = z.object({ items: z.array(ZStrategySummary) });
const keys = { results: ['evaluation', 'kpi-results'] as const };

/** The strategies to choose from, newest first (the API's order). */
export function useStrategyChoices() {
  return useQuery({ queryKey: ['strategies'], queryFn: async () => (await api('/strategies', { schema: ZStrategyList })).items });
}

export function useKpiResults(strategyId: string | null) {
  return useQuery({
    queryKey: [...keys.results, strategyId],
    queryFn: () => api('/evaluation/kpi-results', { query: { strategyId: strategyId ?? undefined }, schema: ZKpiResults }),
  });
}

/** Every change of values refreshes the results: charts and tables read the same query. */
function useResultsMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.results }) });
}

export const useSaveKpiValues = () =>
  useResultsMutation(({ kpiId, input }: { kpiId: string; input: TKpiValuesPut }) => api(`/kpis/${kpiId}/values`, { method: 'PUT', body: input, schema: ZKpiValues }));
export const useDeleteKpiValue = () => useResultsMutation((id: string) => api(`/kpi-values/${id}`, { method: 'DELETE' }));

export const kpiValuesExportUrl = (strategyId: string | null) => `${API_BASE}/kpi-values.xlsx${queryString({ strategyId: strategyId ?? undefined })}`;

/** Uploads a workbook of KPI values; a refused file answers VALIDATION with row errors and nothing is written. */
export const useKpiValuesImport = () =>
  useResultsMutation((file: File) => api('/kpi-values', { method: 'POST', upload: file, query: { fileName: file.name }, schema: ZKpiImportResult }));
