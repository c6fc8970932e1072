import {
  ZAttendanceGrid,
  ZCentreLogo,
  ZCertificate,
  ZCertificateList,
  ZMyLearning,
  ZMySessions,
  ZOfficerTraining,
  ZResultsList,
  ZSignInImportResult,
  ZVerifyResult,
  type TAttendanceUpdate,
  type TResultsUpdate,
} from '@formasaun/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { API_BASE, api } from '../../api/client';

export const ZSignInImportErrors = z.object({ errors: z.array(z.object({ row: z.number(), field: z.string(), code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])), reason: z.string() })) });

const attendanceKey = (sessionId: string) => ['attendance', sessionId] as const;
const resultsKey = (sessionId: string) => ['results', sessionId] as const;

export const useAttendance = (sessionId: string, enabled = true) =>
  useQuery({ queryKey: attendanceKey(sessionId), queryFn: () => api(`/sessions/${sessionId}/attendance`, { schema: ZAttendanceGrid }), enabled });

/** Saves marks and puts the answered grid in the cache, so every open view of the session shows them at once. */
export function useRecordAttendance(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TAttendanceUpdate) => api(`/sessions/${sessionId}/attendance`, { method: 'PUT', body: input, schema: ZAttendanceGrid }),
    onSuccess: (grid) => {
      queryClient.setQueryData(attendanceKey(sessionId), grid);
      return queryClient.invalidateQueries({ queryKey: resultsKey(sessionId) });
    },
  });
}

export const useResults = (sessionId: string, enabled = true) =>
  useQuery({ queryKey: resultsKey(sessionId), queryFn: () => api(`/sessions/${sessionId}/results`, { schema: ZResultsList }), enabled });

export function useRecordResults(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TResultsUpdate) => api(`/sessions/${sessionId}/results`, { method: 'PUT', body: input, schema: ZResultsList }),
    onSuccess: (list) => queryClient.setQueryData(resultsKey(sessionId), list),
  });
}

export function useSignInImport(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api(`/sessions/${sessionId}/sign-in-sheet`, { method: 'POST', upload: file, query: { fileName: file.name }, schema: ZSignInImportResult }),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: attendanceKey(sessionId) }), queryClient.invalidateQueries({ queryKey: resultsKey(sessionId) })]),
  });
}

export const useSessionCertificates = (sessionId: string, enabled = true) =>
  useQuery({
    queryKey: ['certificates', 'session', sessionId],
    queryFn: async () => (await api(`/sessions/${sessionId}/certificates`, { schema: ZCertificateList })).items,
    enabled,
  });

export function useRevokeCertificate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => api(`/certificates/${id}/revoke`, { method: 'POST', body: { reason }, schema: ZCertificate }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['certificates'] }),
  });
}

export const useCentreLogo = (enabled = true) => useQuery({ queryKey: ['centre', 'logo'], queryFn: () => api('/centre/logo', { schema: ZCentreLogo }), enabled });
export function useUploadLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File | null) => (file ? api('/centre/logo', { method: 'PUT', upload: file, schema: ZCentreLogo }) : api('/centre/logo', { method: 'DELETE' })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['centre', 'logo'] }),
  });
}

export const useMyLearning = () => useQuery({ queryKey: ['learning', 'me'], queryFn: () => api('/me/learning', { schema: ZMyLearning }) });
export const useMySessions = () => useQuery({ queryKey: ['learning', 'my-sessions'], queryFn: () => api('/me/sessions', { schema: ZMySessions }) });
export const useOfficerTraining = (officerId: string | null | undefined) =>
  useQuery({ queryKey: ['learning', 'officer', officerId], queryFn: () => api(`/officers/${officerId}/training`, { schema: ZOfficerTraining }), enabled: !!officerId });

/** The public check: 404 means "no such certificate"; retrying would only spend the rate limit. */
export const useVerify = (code: string) =>
  useQuery({ queryKey: ['verify', code], queryFn: () => api(`/verify/${encodeURIComponent(code)}`, { schema: ZVerifyResult, quiet401: true }), retry: false });

// Documents are plain links: the browser downloads them with the session cookie.
export const signInPdfUrl = (sessionId: string, lang: string) => `${API_BASE}/sessions/${sessionId}/sign-in-sheet.pdf?lang=${lang}`;
export const signInXlsxUrl = (sessionId: string) => `${API_BASE}/sessions/${sessionId}/sign-in-sheet.xlsx`;
export const certificatePdfUrl = (id: string, lang?: string) => `${API_BASE}/certificates/${id}.pdf${lang ? `?lang=${lang}` : ''}`;
