import {
  ZGoal,
  ZKpi,
  ZObjective,
  ZStrategy,
  ZStrategySummary,
  type TGoalInput,
  type TGoalUpdate,
  type TKpiInput,
  type TKpiUpdate,
  type TObjectiveInput,
  type TObjectiveUpdate,
  type TStrategyInput,
  type TStrategyUpdate,
} from '@formasaun/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';

const ZStrategyList = z.object({ items: z.array(ZStrategySummary) });

export function useStrategies() {
  return useQuery({ queryKey: ['strategies'], queryFn: async () => (await api('/strategies', { schema: ZStrategyList })).items });
}

export function useStrategy(id: string | null) {
  return useQuery({ queryKey: ['strategies', id], queryFn: () => api(`/strategies/${id}`, { schema: ZStrategy }), enabled: id !== null });
}

/** Every strategy edit refreshes the list and the open strategy: counts and order change together. */
function useStrategyMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['strategies'] }) });
}

export const useCreateStrategy = () => useStrategyMutation((input: TStrategyInput) => api('/strategies', { method: 'POST', body: input, schema: ZStrategy }));
export const useUpdateStrategy = () =>
  useStrategyMutation(({ id, input }: { id: string; input: TStrategyUpdate }) => api(`/strategies/${id}`, { method: 'PATCH', body: input, schema: ZStrategy }));
/** The deleted strategy's own query goes first, so that nothing refetches it; the list is fresh before the page moves on. */
export function useDeleteStrategy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`/strategies/${id}`, { method: 'DELETE' }),
    onSuccess: async (_data, id) => {
      queryClient.removeQueries({ queryKey: ['strategies', id] });
      await queryClient.invalidateQueries({ queryKey: ['strategies'] });
    },
  });
}
export const useReorderGoals = () =>
  useStrategyMutation(({ id, goalIds }: { id: string; goalIds: string[] }) => api(`/strategies/${id}/goal-order`, { method: 'PUT', body: { goalIds }, schema: ZStrategy }));

export const useSaveGoal = () =>
  useStrategyMutation(({ strategyId, id, input }: { strategyId: string; id: string | null; input: TGoalInput & TGoalUpdate }) =>
    id
      ? api(`/strategy-goals/${id}`, { method: 'PATCH', body: { title: input.title, description: input.description ?? null }, schema: ZGoal })
      : api(`/strategies/${strategyId}/goals`, { method: 'POST', body: input, schema: ZGoal }),
  );
export const useSaveObjective = () =>
  useStrategyMutation(({ goalId, id, input }: { goalId: string; id: string | null; input: TObjectiveInput & TObjectiveUpdate }) =>
    id
      ? api(`/strategy-objectives/${id}`, {
          method: 'PATCH',
          body: { title: input.title, description: input.description ?? null, functionalAreas: input.functionalAreas },
          schema: ZObjective,
        })
      : api(`/strategy-goals/${goalId}/objectives`, { method: 'POST', body: input, schema: ZObjective }),
  );
export const useSaveKpi = () =>
  useStrategyMutation(({ objectiveId, id, input }: { objectiveId: string; id: string | null; input: TKpiInput }) =>
    id
      ? api(`/strategy-kpis/${id}`, { method: 'PATCH', body: input satisfies TKpiUpdate, schema: ZKpi })
      : api(`/strategy-objectives/${objectiveId}/kpis`, { method: 'POST', body: input, schema: ZKpi }),
  );

export type StrategyItem = 'goal' | 'objective' | 'kpi';
const PATHS: Record<StrategyItem, string> = { goal: 'strategy-goals', objective: 'strategy-objectives', kpi: 'strategy-kpis' };
export const useDeleteItem = () => useStrategyMutation(({ kind, id }: { kind: StrategyItem; id: string }) => api(`/${PATHS[kind]}/${id}`, { method: 'DELETE' }));
