import {
  ZFramework,
  ZFrameworkEditResult,
  ZFrameworkVersionDetail,
  ZPriority,
  ZRoleProfileGrid,
  ZRoleProfileResult,
  type TFrameworkEdit,
  type TPriorityInput,
  type TPriorityUpdate,
  type TRoleProfilePut,
} from '@formasaun/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, API_BASE } from '../../api/client';

const ZFrameworkList = z.object({ items: z.array(ZFramework) });

export function useFrameworks() {
  return useQuery({ queryKey: ['frameworks'], queryFn: async () => (await api('/frameworks', { schema: ZFrameworkList })).items });
}

export function useFrameworkVersion(id: string | null) {
  return useQuery({
    queryKey: ['framework-versions', id],
    queryFn: () => api(`/framework-versions/${id}`, { schema: ZFrameworkVersionDetail }),
    enabled: id !== null,
  });
}

export function useRoleProfiles(versionId: string | null) {
  return useQuery({
    queryKey: ['framework-versions', versionId, 'role-profiles'],
    queryFn: () => api(`/framework-versions/${versionId}/role-profiles`, { schema: ZRoleProfileGrid }),
    enabled: versionId !== null,
  });
}

/** Saving may land in a new version (when the shown one is in use): frameworks are refetched so the new version appears. */
export function useSaveRoleProfiles(versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TRoleProfilePut) => api(`/framework-versions/${versionId}/role-profiles`, { method: 'PUT', body: input, schema: ZRoleProfileResult }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['frameworks'] }).then(() => queryClient.invalidateQueries({ queryKey: ['framework-versions'] })),
  });
}

/** One framework edit: the answer says where it landed (a new version when the edited one was in use). */
export function useFrameworkEdit(versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (edit: TFrameworkEdit) => api(`/framework-versions/${versionId}/edits`, { method: 'POST', body: edit, schema: ZFrameworkEditResult }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['frameworks'] }).then(() => queryClient.invalidateQueries({ queryKey: ['framework-versions'] })),
  });
}

export const roleProfilesExportUrl = (versionId: string) => `${API_BASE}/framework-versions/${versionId}/role-profiles/export`;

/** Uploads a filled-in role-profile workbook; refused files answer VALIDATION with row errors and nothing is written. */
export function useRoleProfileImport(versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      api(`/framework-versions/${versionId}/role-profiles/import`, { method: 'POST', upload: file, query: { fileName: file.name }, schema: ZRoleProfileResult }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['frameworks'] }).then(() => queryClient.invalidateQueries({ queryKey: ['framework-versions'] })),
  });
}

const ZPriorityList = z.object({ items: z.array(ZPriority) });

export function usePriorities() {
  return useQuery({ queryKey: ['priorities'], queryFn: async () => (await api('/priorities', { schema: ZPriorityList })).items });
}

export function useSavePriority() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: TPriorityInput }) =>
      id
        ? api(`/priorities/${id}`, { method: 'PATCH', body: input satisfies TPriorityUpdate, schema: ZPriority })
        : api('/priorities', { method: 'POST', body: input, schema: ZPriority }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['priorities'] }),
  });
}

export function useDeletePriority() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`/priorities/${id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['priorities'] }),
  });
}
