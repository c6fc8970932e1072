import {
  ZLocation,
  ZOrgUnit,
  ZPosition,
  type TOrgUnitCreate,
  type TOrgUnitUpdate,
} from '@formasaun/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';

const ZOrgUnitList = z.object({ items: z.array(ZOrgUnit) });
const ZLocationList = z.object({ items: z.array(ZLocation) });
const ZPositionList = z.object({ items: z.array(ZPosition) });

export const orgKeys = {
  units: ['org-units'] as const,
  locations: ['locations'] as const,
  positions: ['positions'] as const,
};

export function useOrgUnits() {
  return useQuery({
    queryKey: orgKeys.units,
    queryFn: async () => (await api('/org-units', { schema: ZOrgUnitList })).items,
  });
}

export function useLocations() {
  return useQuery({
    queryKey: orgKeys.locations,
    queryFn: async () => (await api('/locations', { schema: ZLocationList })).items,
    staleTime: 5 * 60_000,
  });
}

export function usePositions() {
  return useQuery({
    queryKey: orgKeys.positions,
    queryFn: async () => (await api('/positions', { schema: ZPositionList })).items,
    staleTime: 5 * 60_000,
  });
}

function useUnitMutation<V>(run: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.units }),
  });
}

export function useCreateOrgUnit() {
  return useUnitMutation((input: TOrgUnitCreate) =>
    api('/org-units', { method: 'POST', body: input, schema: ZOrgUnit }),
  );
}

export function useUpdateOrgUnit() {
  return useUnitMutation(({ id, input }: { id: string; input: TOrgUnitUpdate }) =>
    api(`/org-units/${id}`, { method: 'PATCH', body: input, schema: ZOrgUnit }),
  );
}

export function useMoveOrgUnit() {
  return useUnitMutation(({ id, parentId }: { id: string; parentId: string | null }) =>
    api(`/org-units/${id}/move`, { method: 'POST', body: { parentId }, schema: ZOrgUnit }),
  );
}

export function useCloseOrgUnit() {
  return useUnitMutation(({ id, closedOn }: { id: string; closedOn: string }) =>
    api(`/org-units/${id}/close`, { method: 'POST', body: { closedOn }, schema: ZOrgUnit }),
  );
}
