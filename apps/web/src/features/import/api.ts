import { ZImportPreview, ZImportResult, type TImportMapping } from '@formasaun/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { orgKeys } from '../organisation/api';
import { staffKeys } from '../staff/api';

/** The API refuses bigger uploads with PAYLOAD_TOO_LARGE; checking first saves the wait. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const previewKey = (id: string) => ['imports', 'staff', id] as const;

export function useImportPreview(id: string | null) {
  return useQuery({
    queryKey: previewKey(id ?? ''),
    queryFn: () => api(`/imports/staff/${id}`, { schema: ZImportPreview }),
    enabled: id !== null,
    staleTime: Infinity,
  });
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, createMissing }: { file: File; createMissing: boolean }) =>
      api('/imports/staff', {
        method: 'POST',
        upload: file,
        query: { fileName: file.name, createMissing: String(createMissing) },
        schema: ZImportPreview,
      }),
    onSuccess: (preview) => queryClient.setQueryData(previewKey(preview.id), preview),
  });
}

export function useUpdateImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { mapping?: TImportMapping; createMissing?: boolean }) =>
      api(`/imports/staff/${id}`, { method: 'PUT', body: input, schema: ZImportPreview }),
    onSuccess: (preview) => queryClient.setQueryData(previewKey(id), preview),
  });
}

export function useCommitImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(`/imports/staff/${id}/commit`, { method: 'POST', body: {}, schema: ZImportResult }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: previewKey(id) });
      void queryClient.invalidateQueries({ queryKey: staffKeys.all });
      void queryClient.invalidateQueries({ queryKey: orgKeys.units });
      void queryClient.invalidateQueries({ queryKey: orgKeys.positions });
      void queryClient.invalidateQueries({ queryKey: orgKeys.locations });
    },
  });
}
