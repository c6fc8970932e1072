import { ZSessionInfo, type TLocale, type TPermission, type TSessionInfo } from '@formasaun/shared';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken } from '../../api/client';
import i18n from '../../i18n';

export const SESSION_KEY = ['session'] as const;

/** Stores a fresh session: CSRF token for later writes, and the user's language. */
export function applySession(queryClient: QueryClient, session: TSessionInfo | null): void {
  setCsrfToken(session?.csrfToken ?? null);
  if (session && i18n.language !== session.user.locale) void i18n.changeLanguage(session.user.locale);
  queryClient.setQueryData(SESSION_KEY, session);
}

async function fetchSession(): Promise<TSessionInfo | null> {
  try {
    const session = await api('/auth/session', { schema: ZSessionInfo, quiet401: true });
    setCsrfToken(session.csrfToken);
    if (i18n.language !== session.user.locale) await i18n.changeLanguage(session.user.locale);
    return session;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export function useSessionQuery() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: Infinity, retry: false });
}

/** The signed-in session; only call below the session guard. */
export function useSession(): TSessionInfo {
  const { data } = useSessionQuery();
  if (!data) throw new Error('useSession used outside a signed-in route');
  return data;
}

export function useCan(): (permission: TPermission) => boolean {
  const session = useSession();
  return (permission) => session.permissions.includes(permission);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      api('/auth/sign-in', { method: 'POST', body: input, schema: ZSessionInfo, quiet401: true }),
    onSuccess: (session) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      applySession(queryClient, session);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api('/auth/sign-out', { method: 'POST', body: {}, quiet401: true }),
    onSettled: () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      applySession(queryClient, null);
    },
  });
}

export function useSwitchAdministration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (administrationId: string) =>
      api('/auth/administration', { method: 'PUT', body: { administrationId }, schema: ZSessionInfo }),
    onSuccess: (session) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      applySession(queryClient, session);
    },
  });
}

export function useSetLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: TLocale) =>
      api('/auth/preferences', { method: 'PUT', body: { locale }, schema: ZSessionInfo }),
    onMutate: (locale) => i18n.changeLanguage(locale),
    onSuccess: (session) => applySession(queryClient, session),
  });
}
