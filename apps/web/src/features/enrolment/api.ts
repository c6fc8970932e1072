import {
  ZEnrolment,
  ZEnrolmentBulkResult,
  ZEnrolmentOutcome,
  ZEnrolmentOutcomes,
  ZMyEnrolments,
  ZSessionEnrolments,
  ZTeam,
  type TEnrolment,
  type TEnrolmentBulkDecisionInput,
  type TEnrolmentDecisionInput,
  type TEnrolmentDirectInput,
  type TEnrolmentNominateInput,
  type TEnrolmentStatus,
} from '@formasaun/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';
import type { Tone } from '../../components/ToneBadge';
import { currentLocale } from '../../i18n';

const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** The course title in the interface language. */
export const courseTitle = (c: { courseTitleEn: string; courseTitlePt: string }) => (currentLocale() === 'pt' ? c.courseTitlePt : c.courseTitleEn);

export const STATUS_TONE: Record<TEnrolmentStatus, Tone> = {
  enrolled: 'positive',
  waitlisted: 'warning',
  nominated: 'neutral',
  requested: 'neutral',
  declined: 'neutral',
  withdrawn: 'neutral',
  cancelled: 'neutral',
};

export const useSessionEnrolments = (sessionId: string) =>
  useQuery({ queryKey: ['enrolment', 'session', sessionId], queryFn: () => api(`/sessions/${sessionId}/enrolments`, { schema: ZSessionEnrolments }) });
export const useEnrolmentQueue = (status: 'nominated' | 'requested', enabled = true) =>
  useQuery({
    queryKey: ['enrolment', 'queue', status],
    queryFn: async () => (await api('/enrolments', { query: { status }, schema: list(ZEnrolment) })).items,
    enabled,
  });
export const useMyEnrolments = () => useQuery({ queryKey: ['enrolment', 'mine'], queryFn: () => api('/me/enrolments', { schema: ZMyEnrolments }) });
export const useTeam = () => useQuery({ queryKey: ['enrolment', 'team'], queryFn: () => api('/team', { schema: ZTeam }) });

/** Every enrolment change moves seats, queues and lists alike: refresh them all. */
function useEnrolmentMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['enrolment'] }), queryClient.invalidateQueries({ queryKey: ['sessions'] })]),
  });
}

export const useEnrolDirectly = () =>
  useEnrolmentMutation(({ sessionId, input }: { sessionId: string; input: TEnrolmentDirectInput }) =>
    api(`/sessions/${sessionId}/enrolments`, { method: 'POST', body: input, schema: ZEnrolmentOutcomes }),
  );
export const useNominate = () =>
  useEnrolmentMutation(({ sessionId, input }: { sessionId: string; input: TEnrolmentNominateInput }) =>
    api(`/sessions/${sessionId}/nominations`, { method: 'POST', body: input, schema: ZEnrolmentOutcomes }),
  );
export const useRequestSeat = () =>
  useEnrolmentMutation(({ sessionId, note }: { sessionId: string; note?: string }) =>
    api(`/sessions/${sessionId}/requests`, { method: 'POST', body: note ? { note } : {}, schema: ZEnrolmentOutcome }),
  );
export const useDecide = () =>
  useEnrolmentMutation(({ id, input }: { id: string; input: TEnrolmentDecisionInput }) =>
    api(`/enrolments/${id}/decision`, { method: 'POST', body: input, schema: ZEnrolment }),
  );
export const useDecideMany = () =>
  useEnrolmentMutation((input: TEnrolmentBulkDecisionInput) => api('/enrolments/decisions', { method: 'POST', body: input, schema: ZEnrolmentBulkResult }));
export const useWithdraw = () =>
  useEnrolmentMutation(({ id, reason }: { id: string; reason?: string }) =>
    api(`/enrolments/${id}/withdraw`, { method: 'POST', body: reason ? { reason } : {}, schema: ZEnrolment }),
  );

/** Enrolments grouped by session, sessions in date order (the lists arrive sorted that way). */
export function bySession(items: TEnrolment[]): { sessionId: string; first: TEnrolment; items: TEnrolment[] }[] {
  const groups = new Map<string, TEnrolment[]>();
  for (const e of items) groups.set(e.sessionId, [...(groups.get(e.sessionId) ?? []), e]);
  return [...groups.entries()].map(([sessionId, rows]) => ({ sessionId, first: rows[0]!, items: rows }));
}
