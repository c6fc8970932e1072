import {
  ZFunctionalArea,
  ZPlanDetail,
  ZPlanList,
  ZPlanProgress,
  type TLocale,
  type TPin,
  type TPlanCreate,
  type TPlanDetail,
  type TPlanProgress,
  type TRunEdit,
  type TScenarioCreate,
} from '@formasaun/shared';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { z } from 'zod';
import { api, API_BASE } from '../../api/client';

export const planKeys = {
  list: ['plans', 'list'] as const,
  detail: (id: string) => ['plans', 'detail', id] as const,
  progress: (id: string) => ['plans', 'progress', id] as const,
  strategies: ['plans', 'inputs', 'strategies'] as const,
  sources: ['plans', 'inputs', 'funding-sources'] as const,
  courses: ['plans', 'inputs', 'courses'] as const,
};

export function usePlans() {
  return useQuery({ queryKey: planKeys.list, queryFn: async () => (await api('/plans', { schema: ZPlanList })).items });
}

export function usePlan(id: string | null) {
  return useQuery({ queryKey: planKeys.detail(id ?? ''), queryFn: () => api(`/plans/${id}`, { schema: ZPlanDetail }), enabled: !!id });
}

/** A fresh plan replaces the cached one; the list's figures (cost, runs, status) follow it. */
function storePlan(queryClient: QueryClient, plan: TPlanDetail) {
  queryClient.setQueryData(planKeys.detail(plan.id), plan);
  queryClient.setQueryData(planKeys.progress(plan.id), plan.job);
  void queryClient.invalidateQueries({ queryKey: planKeys.list });
}

function usePlanMutation<V>(run: (vars: V) => Promise<TPlanDetail>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: (plan) => storePlan(queryClient, plan) });
}

export const useCreatePlan = () => usePlanMutation((input: TPlanCreate) => api('/plans', { method: 'POST', body: input, schema: ZPlanDetail }));
export const useRenamePlan = (id: string) => usePlanMutation((name: string) => api(`/plans/${id}`, { method: 'PATCH', body: { name }, schema: ZPlanDetail }));
export const useCreateScenario = (id: string) =>
  usePlanMutation((input: TScenarioCreate) => api(`/plans/${id}/scenarios`, { method: 'POST', body: input, schema: ZPlanDetail }));
export const usePin = (id: string) => usePlanMutation((pin: TPin) => api(`/plans/${id}/pins`, { method: 'PUT', body: pin, schema: ZPlanDetail }));
export const useUnpin = (id: string) =>
  usePlanMutation((pin: { courseId: string; period: string }) => api(`/plans/${id}/pins`, { method: 'DELETE', body: pin, schema: ZPlanDetail }));
export const useEditRun = (id: string) => usePlanMutation((edit: TRunEdit) => api(`/plans/${id}/runs`, { method: 'PUT', body: edit, schema: ZPlanDetail }));
export const useApprovePlan = (id: string) => usePlanMutation(() => api(`/plans/${id}/approve`, { method: 'POST', schema: ZPlanDetail }));

export function useDeletePlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(`/plans/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: planKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: planKeys.list });
    },
  });
}

/** Starting and cancelling answer the job's progress; polling picks it up from there. */
function useJobMutation(id: string, action: 'optimise' | 'cancel') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(`/plans/${id}/${action}`, { method: 'POST', schema: ZPlanProgress }),
    onSuccess: (progress) => queryClient.setQueryData(planKeys.progress(id), progress),
  });
}
export const useOptimise = (id: string) => useJobMutation(id, 'optimise');

/** Starts the optimiser for a plan just created (its id was not known when the hooks ran). */
export async function startOptimise(queryClient: QueryClient, id: string): Promise<void> {
  queryClient.setQueryData(planKeys.progress(id), await api(`/plans/${id}/optimise`, { method: 'POST', schema: ZPlanProgress }));
}
export const useCancelOptimise = (id: string) => useJobMutation(id, 'cancel');

export const POLL_MS = 1000;

/**
 * The job's progress, polled every second while it runs. Seeded from the plan's own `job`; when a run ends
 * the plan (and the list) are fetched again, so the result appears without a reload.
 */
export function usePlanProgress(plan: TPlanDetail | undefined) {
  const queryClient = useQueryClient();
  const id = plan?.id ?? '';
  const query = useQuery({
    queryKey: planKeys.progress(id),
    queryFn: () => api(`/plans/${id}/progress`, { schema: ZPlanProgress }),
    enabled: !!plan,
    initialData: plan?.job,
    staleTime: Infinity,
    refetchInterval: (q) => (q.state.data?.state === 'running' ? POLL_MS : false),
  });
  const state = query.data?.state;
  const previous = useRef<TPlanProgress['state'] | undefined>(state);
  useEffect(() => {
    const was = previous.current;
    previous.current = state;
    if (was === 'running' && state !== 'running' && id) {
      void queryClient.invalidateQueries({ queryKey: planKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: planKeys.list });
    }
  }, [state, id, queryClient]);
  return query;
}

// Inputs owned by other contexts: read loosely, and a missing endpoint (404) only hides what it would offer.
const ZNamed = z.object({ id: z.string(), name: z.string() });
const ZStrategyOption = z.object({ id: z.string(), title: z.string(), fromYear: z.number(), toYear: z.number() });
const ZCourseOption = z.object({ id: z.string(), code: z.string(), titleEn: z.string(), titlePt: z.string(), functionalArea: ZFunctionalArea });
export type TCourseOption = z.infer<typeof ZCourseOption>;
export type TStrategyOption = z.infer<typeof ZStrategyOption>;

const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const optional = { retry: false, staleTime: 5 * 60_000 } as const;

export function useStrategyOptions(enabled: boolean) {
  return useQuery({ queryKey: planKeys.strategies, queryFn: async () => (await api('/strategies', { schema: listOf(ZStrategyOption) })).items, enabled, ...optional });
}

export function useFundingSourceOptions(enabled: boolean) {
  return useQuery({ queryKey: planKeys.sources, queryFn: async () => (await api('/funding-sources', { schema: listOf(ZNamed) })).items, enabled, ...optional });
}

export function useCourseOptions(enabled: boolean) {
  return useQuery({ queryKey: planKeys.courses, queryFn: async () => (await api('/courses', { schema: listOf(ZCourseOption) })).items, enabled, ...optional });
}

// Documents are plain links: the browser downloads them with the session cookie.
export const planDocumentUrl = (id: string, lang: TLocale) => `${API_BASE}/plans/${id}/document.pdf?lang=${lang}`;
export const planExportUrl = (id: string) => `${API_BASE}/plans/${id}/export.xlsx`;
export const planInstanceUrl = (id: string) => `${API_BASE}/plans/${id}/instance.json`;
