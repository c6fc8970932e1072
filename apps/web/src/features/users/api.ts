import { ZOfficerPage, ZUser, type TUserCreate, type TUserUpdate } from '@formasaun/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';

const ZUserList = z.object({ items: z.array(ZUser) });
const usersKey = ['users'] as const;

export function useUsers() {
  return useQuery({ queryKey: usersKey, queryFn: async () => (await api('/users', { schema: ZUserList })).items });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TUserCreate) =>
      api('/users', { method: 'POST', body: input, schema: ZUser }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: TUserUpdate }) =>
      api(`/users/${id}`, { method: 'PATCH', body: input, schema: ZUser }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

/** Officers matching a search, for linking a user account to an officer record. */
export function useOfficerSearch(q: string) {
  return useQuery({
    queryKey: ['officers', 'search', q],
    queryFn: ({ signal }) => api('/officers', { query: { q, pageSize: 10, sort: 'employeeNumber' }, schema: ZOfficerPage, signal }),
    enabled: q.trim().length >= 2,
    staleTime: 60_000,
  });
}
