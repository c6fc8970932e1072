import {
  type TTrainerEvidenceInput,
  type TTrainerInput,
  type TTrainerLeaveInput,
  type TTrainerQualificationInput,
  type TTrainerQualificationStatusInput,
  type TTrainerUpdate,
  ZTrainerDetail,
  ZTrainerLeave,
  ZTrainerQualificationItem,
  ZTrainerSummary,
} from '@formasaun/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';

const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const useTrainers = () => useQuery({ queryKey: ['trainers', 'list'], queryFn: async () => (await api('/trainers', { schema: list(ZTrainerSummary) })).items });
export const useTrainer = (id: string) => useQuery({ queryKey: ['trainers', 'one', id], queryFn: () => api(`/trainers/${id}`, { schema: ZTrainerDetail }) });

/** Every write changes the list's figures and the trainer's page; the pool also changes planning's trainer-days. */
function useTrainerMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['trainers'] }), queryClient.invalidateQueries({ queryKey: ['capacity'] })]),
  });
}

export const useCreateTrainer = () => useTrainerMutation((input: TTrainerInput) => api('/trainers', { method: 'POST', body: input, schema: ZTrainerDetail }));
export const useUpdateTrainer = () =>
  useTrainerMutation(({ id, input }: { id: string; input: TTrainerUpdate }) => api(`/trainers/${id}`, { method: 'PATCH', body: input, schema: ZTrainerDetail }));
export const useDeleteTrainer = () => useTrainerMutation((id: string) => api(`/trainers/${id}`, { method: 'DELETE' }));
export const useAddQualification = () =>
  useTrainerMutation(({ trainerId, input }: { trainerId: string; input: TTrainerQualificationInput }) =>
    api(`/trainers/${trainerId}/qualifications`, { method: 'POST', body: input, schema: ZTrainerQualificationItem }),
  );
export const useChangeStatus = () =>
  useTrainerMutation(({ id, input }: { id: string; input: TTrainerQualificationStatusInput }) =>
    api(`/trainer-qualifications/${id}`, { method: 'PATCH', body: input, schema: ZTrainerQualificationItem }),
  );
export const useDeleteQualification = () => useTrainerMutation((id: string) => api(`/trainer-qualifications/${id}`, { method: 'DELETE' }));
export const useAddEvidence = () =>
  useTrainerMutation(({ id, input }: { id: string; input: TTrainerEvidenceInput }) =>
    api(`/trainer-qualifications/${id}/events`, { method: 'POST', body: input, schema: ZTrainerQualificationItem }),
  );
export const useSaveLeave = () =>
  useTrainerMutation(({ id, trainerId, input }: { id: string | null; trainerId: string; input: TTrainerLeaveInput }) =>
    id ? api(`/trainer-leave/${id}`, { method: 'PATCH', body: input, schema: ZTrainerLeave }) : api(`/trainers/${trainerId}/leave`, { method: 'POST', body: input, schema: ZTrainerLeave }),
  );
export const useDeleteLeave = () => useTrainerMutation((id: string) => api(`/trainer-leave/${id}`, { method: 'DELETE' }));
