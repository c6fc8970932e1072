import {
  ZCalendarFeed,
  ZCalendarFeedCreated,
  ZNotificationPage,
  ZNotificationReadAll,
  ZNotificationUnread,
  ZOutboxPage,
  type TCalendarFeedInput,
  type TNotificationEmailStatus,
  type TNotificationKind,
} from '@formasaun/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';

export type TFeedScope = TCalendarFeedInput['scope'];

/** The bell polls the count: a minute is enough for news that is not urgent. */
const UNREAD_POLL_MS = 60_000;

export const useMyNotifications = (page: number, unreadOnly: boolean) =>
  useQuery({
    queryKey: ['notifications', 'mine', page, unreadOnly],
    queryFn: () => api('/notifications', { query: { page, pageSize: 20, unread: unreadOnly ? 'true' : undefined }, schema: ZNotificationPage }),
  });

export const useUnreadCount = (enabled = true) =>
  useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: async () => (await api('/notifications/unread-count', { schema: ZNotificationUnread })).count,
    refetchInterval: UNREAD_POLL_MS,
    enabled,
  });

export const useOutbox = (page: number, filter: { status: TNotificationEmailStatus | null; kind: TNotificationKind | null }) =>
  useQuery({
    queryKey: ['notifications', 'outbox', page, filter],
    queryFn: () => api('/notifications/outbox', { query: { page, pageSize: 50, status: filter.status, kind: filter.kind }, schema: ZOutboxPage }),
  });

function useNotificationsMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }) });
}
export const useMarkRead = () => useNotificationsMutation((id: string) => api(`/notifications/${id}/read`, { method: 'POST' }));
export const useReadAll = () => useNotificationsMutation(() => api('/notifications/read-all', { method: 'POST', schema: ZNotificationReadAll }));

export const useCalendarFeeds = (scope: TFeedScope, enabled: boolean) =>
  useQuery({
    queryKey: ['calendar-feeds', scope],
    queryFn: async () => (await api('/calendar-feeds', { query: { scope }, schema: z.object({ items: z.array(ZCalendarFeed) }) })).items,
    enabled,
  });

function useFeedMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar-feeds'] }) });
}
export const useCreateFeed = () => useFeedMutation((input: TCalendarFeedInput) => api('/calendar-feeds', { method: 'POST', body: input, schema: ZCalendarFeedCreated }));
export const useRevokeFeed = () => useFeedMutation((id: string) => api(`/calendar-feeds/${id}`, { method: 'DELETE' }));
