import {
  type TVenueClosureInput,
  type TVenueHolidaysInput,
  type TVenueInput,
  type TVenueRoomInput,
  ZVenue,
  ZVenueHoliday,
  ZVenueRoom,
  ZVenueRoomClosure,
} from '@formasaun/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';

const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const useVenues = () => useQuery({ queryKey: ['venues'], queryFn: async () => (await api('/venues', { schema: list(ZVenue) })).items });
export const useHolidays = (year: number) =>
  useQuery({ queryKey: ['public-holidays', year], queryFn: async () => (await api('/public-holidays', { query: { year }, schema: list(ZVenueHoliday) })).items });

/** Any venue write changes the venue list (rooms and closures are shown inside their venue). */
function useVenueMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['venues'] }) });
}

export const useSaveVenue = () =>
  useVenueMutation(({ id, input }: { id: string | null; input: TVenueInput }) =>
    id ? api(`/venues/${id}`, { method: 'PATCH', body: input, schema: ZVenue }) : api('/venues', { method: 'POST', body: input, schema: ZVenue }),
  );
export const useDeleteVenue = () => useVenueMutation((id: string) => api(`/venues/${id}`, { method: 'DELETE' }));
export const useSaveRoom = () =>
  useVenueMutation(({ id, venueId, input }: { id: string | null; venueId: string; input: TVenueRoomInput }) =>
    id ? api(`/rooms/${id}`, { method: 'PATCH', body: input, schema: ZVenueRoom }) : api(`/venues/${venueId}/rooms`, { method: 'POST', body: input, schema: ZVenueRoom }),
  );
export const useDeleteRoom = () => useVenueMutation((id: string) => api(`/rooms/${id}`, { method: 'DELETE' }));
export const useAddClosure = () =>
  useVenueMutation(({ roomId, input }: { roomId: string; input: TVenueClosureInput }) =>
    api(`/rooms/${roomId}/closures`, { method: 'POST', body: input, schema: ZVenueRoomClosure }),
  );
export const useDeleteClosure = () => useVenueMutation((id: string) => api(`/room-closures/${id}`, { method: 'DELETE' }));

function useHolidayMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['public-holidays'] }) });
}
export const useAddHolidays = () =>
  useHolidayMutation((input: TVenueHolidaysInput) => api('/public-holidays', { method: 'POST', body: input, schema: list(ZVenueHoliday) }));
export const useDeleteHoliday = () => useHolidayMutation((day: string) => api('/public-holidays', { method: 'DELETE', query: { day } }));
