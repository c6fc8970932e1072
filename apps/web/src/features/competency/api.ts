import { ZFramework, ZFrameworkVersionDetail, ZRoleProfileGrid, ZRoleProfileResult, type TRoleProfilePut } from '@formasaun/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';

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
