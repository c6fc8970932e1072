import {
  ZEnvelope,
  ZFundingSettings,
  ZFundingSource,
  ZFundingTotals,
  ZReleaseShares,
  ZTrainerDays,
  type TEnvelopeInput,
  type TFundingSettingsUpdate,
  type TFundingSourceInput,
  type TReleaseSharesPut,
  type TTrainerDaysPut,
} from '@formasaun/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';
import { formatNumber } from '../../components/format';
import { currentLocale } from '../../i18n';

const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** Money in the administration's currency, whole units (budgets are planned in thousands, not cents). */
export function formatMoney(value: number, currency: string): string {
  try {
    const locale = currentLocale() === 'pt' ? 'pt-PT' : 'en-GB';
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
  } catch {
    return `${formatNumber(Math.round(value))} ${currency}`;
  }
}

export const useFundingSettings = () => useQuery({ queryKey: ['funding', 'settings'], queryFn: () => api('/funding/settings', { schema: ZFundingSettings }) });
export const useFundingSources = () =>
  useQuery({ queryKey: ['funding', 'sources'], queryFn: async () => (await api('/funding-sources', { schema: list(ZFundingSource) })).items });
export const useEnvelopes = () =>
  useQuery({ queryKey: ['funding', 'envelopes'], queryFn: async () => (await api('/budget-envelopes', { schema: list(ZEnvelope) })).items });
export const useFundingTotals = () => useQuery({ queryKey: ['funding', 'totals'], queryFn: () => api('/funding/totals', { schema: ZFundingTotals }) });

/** Any budget write changes sources' totals, envelopes and the year totals alike. */
function useFundingMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['funding'] }) });
}

/** Settings feed both pages: the currency of budgets, the working days and default share of capacities. */
export function useUpdateFundingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TFundingSettingsUpdate) => api('/funding/settings', { method: 'PUT', body: input, schema: ZFundingSettings }),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['funding'] }), queryClient.invalidateQueries({ queryKey: ['capacity'] })]),
  });
}
export const useSaveSource = () =>
  useFundingMutation(({ id, input }: { id: string | null; input: TFundingSourceInput }) =>
    id ? api(`/funding-sources/${id}`, { method: 'PATCH', body: input, schema: ZFundingSource }) : api('/funding-sources', { method: 'POST', body: input, schema: ZFundingSource }),
  );
export const useDeleteSource = () => useFundingMutation((id: string) => api(`/funding-sources/${id}`, { method: 'DELETE' }));
export const useSaveEnvelope = () =>
  useFundingMutation(({ id, input }: { id: string | null; input: TEnvelopeInput }) =>
    id ? api(`/budget-envelopes/${id}`, { method: 'PATCH', body: input, schema: ZEnvelope }) : api('/budget-envelopes', { method: 'POST', body: input, schema: ZEnvelope }),
  );
export const useDeleteEnvelope = () => useFundingMutation((id: string) => api(`/budget-envelopes/${id}`, { method: 'DELETE' }));

export const useTrainerDays = (fromYear: number, toYear: number) =>
  useQuery({
    queryKey: ['capacity', 'trainer-days', fromYear, toYear],
    queryFn: () => api('/capacity/trainer-days', { query: { fromYear, toYear }, schema: ZTrainerDays }),
  });
export const useReleaseShares = () => useQuery({ queryKey: ['capacity', 'release-shares'], queryFn: () => api('/capacity/release-shares', { schema: ZReleaseShares }) });

function useCapacityMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['capacity'] }) });
}
export const usePutTrainerDays = () =>
  useCapacityMutation((input: TTrainerDaysPut) => api('/capacity/trainer-days', { method: 'PUT', body: input, schema: ZTrainerDays }));
export const usePutReleaseShares = () =>
  useCapacityMutation((input: TReleaseSharesPut) => api('/capacity/release-shares', { method: 'PUT', body: input, schema: ZReleaseShares }));
