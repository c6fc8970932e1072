import {
  ZPlanVsActual,
  ZScheduleApplied,
  ZScheduleProposals,
  ZSessionCost,
  ZSessionDetail,
  ZSessionsFromPlanResult,
  ZSessionSummary,
  ZSustainability,
  type TScheduleProposal,
  type TSessionConflict,
  type TSessionCostInput,
  type TSessionInput,
  type TSessionQuery,
  type TSessionStatusChange,
  type TSessionUpdate,
} from '@formasaun/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { api } from '../../api/client';
import { currentLocale } from '../../i18n';

const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const keys = { all: ['sessions'] as const, reports: ['centre-reports'] as const };

export const useSessions = (query: TSessionQuery) =>
  useQuery({ queryKey: [...keys.all, 'list', query], queryFn: async () => (await api('/sessions', { query, schema: list(ZSessionSummary) })).items, placeholderData: (p) => p });
export const useSession = (id: string) => useQuery({ queryKey: [...keys.all, 'one', id], queryFn: () => api(`/sessions/${id}`, { schema: ZSessionDetail }) });
export const useSessionCosts = (id: string) =>
  useQuery({ queryKey: [...keys.all, 'costs', id], queryFn: async () => (await api(`/sessions/${id}/costs`, { schema: list(ZSessionCost) })).items });

function useSessionMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  // A session's capacity, days or status also show in its participants, attendance and results panels.
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.all }),
        queryClient.invalidateQueries({ queryKey: keys.reports }),
        queryClient.invalidateQueries({ queryKey: ['enrolment'] }),
        queryClient.invalidateQueries({ queryKey: ['attendance'] }),
        queryClient.invalidateQueries({ queryKey: ['results'] }),
        queryClient.invalidateQueries({ queryKey: ['certificates'] }),
        queryClient.invalidateQueries({ queryKey: ['learning'] }),
      ]),
  });
}
export const useCreateSession = () => useSessionMutation((input: TSessionInput) => api('/sessions', { method: 'POST', body: input, schema: ZSessionDetail }));
export const useUpdateSession = (id: string) => useSessionMutation((input: TSessionUpdate) => api(`/sessions/${id}`, { method: 'PATCH', body: input, schema: ZSessionDetail }));
export const useSessionStatus = (id: string) =>
  useSessionMutation((input: TSessionStatusChange) => api(`/sessions/${id}/status`, { method: 'POST', body: input, schema: ZSessionDetail }));
export const useFromPlan = () =>
  useSessionMutation((input: { planId: string; period: string }) => api('/sessions/from-plan', { method: 'POST', body: input, schema: ZSessionsFromPlanResult }));
export const useSaveCost = (sessionId: string) =>
  useSessionMutation(({ id, input }: { id: string | null; input: TSessionCostInput }) =>
    id ? api(`/session-costs/${id}`, { method: 'PATCH', body: input, schema: ZSessionCost }) : api(`/sessions/${sessionId}/costs`, { method: 'POST', body: input, schema: ZSessionCost }),
  );
export const useDeleteCost = () => useSessionMutation((id: string) => api(`/session-costs/${id}`, { method: 'DELETE' }));
export const usePropose = () => useMutation({ mutationFn: (input: { period: string }) => api('/schedule/propose', { method: 'POST', body: input, schema: ZScheduleProposals }) });
export const useApply = () => useSessionMutation((proposals: TScheduleProposal[]) => api('/schedule/apply', { method: 'POST', body: { proposals }, schema: ZScheduleApplied }));
export const usePlanVsActual = (year: number) => useQuery({ queryKey: [...keys.reports, 'pva', year], queryFn: () => api('/centre/plan-vs-actual', { query: { year }, schema: ZPlanVsActual }) });
export const useSustainability = (year: number) =>
  useQuery({ queryKey: [...keys.reports, 'sustainability', year], queryFn: () => api('/centre/sustainability', { query: { year }, schema: ZSustainability }) });

/** Options of the forms, parsed loosely: only what the dialogs show. */
const ZRoomOption = z.object({ id: z.string(), name: z.string(), capacity: z.number(), active: z.boolean() });
const ZVenueOption = z.object({ name: z.string(), rooms: z.array(ZRoomOption) });
export const useRoomOptions = () =>
  useQuery({
    queryKey: ['venues', 'room-options'],
    queryFn: async () => (await api('/venues', { schema: list(ZVenueOption) })).items.flatMap((v) => v.rooms.filter((r) => r.active).map((r) => ({ ...r, label: `${v.name} · ${r.name} (${r.capacity})` }))),
  });
export const useTrainerOptions = () =>
  useQuery({ queryKey: ['trainers', 'options'], queryFn: async () => (await api('/trainers', { schema: list(z.object({ id: z.string(), name: z.string(), kind: z.string(), active: z.boolean() })) })).items.filter((t) => t.active) });
export const useCourseOptions = () =>
  useQuery({
    queryKey: ['courses', 'options'],
    queryFn: async () => (await api('/courses', { query: { status: 'active' }, schema: list(z.object({ id: z.string(), code: z.string(), titleEn: z.string(), titlePt: z.string() })) })).items,
  });
export const useApprovedPlans = () =>
  useQuery({
    queryKey: ['plans', 'approved-options'],
    queryFn: async () =>
      (await api('/plans', { schema: list(z.object({ id: z.string(), name: z.string(), status: z.string(), fromYear: z.number(), toYear: z.number() })) })).items.filter((p) => p.status === 'approved'),
  });

/** The course title in the interface language. */
export const titleOf = (s: { titleEn: string; titlePt: string }) => (currentLocale() === 'pt' ? s.titlePt : s.titleEn);

/** A conflict in the interface language, from its code and parameters (the English message when a code is unknown). */
export function conflictText(t: TFunction, c: Pick<TSessionConflict, 'message' | 'params'> & { code: string }): string {
  const key = `sessions.conflict.${c.code}`;
  return t(key, { ...c.params, defaultValue: c.message });
}

/** The quarters around a year, for quarter pickers. */
export function quarterOptions(fromYear: number, toYear: number): string[] {
  const out: string[] = [];
  for (let y = fromYear; y <= toYear; y++) for (let q = 1; q <= 4; q++) out.push(`${y}Q${q}`);
  return out;
}

export const STATUS_COLOR: Record<string, string> = { draft: 'gray', scheduled: 'blue', in_progress: 'orange', completed: 'teal', cancelled: 'red' };
