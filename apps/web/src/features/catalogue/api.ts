import {
  ZCatalogueInstalled,
  ZCourse,
  ZCourseImportResult,
  ZCourseList,
  type TCourseInput,
  type TCourseListQuery,
} from '@formasaun/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, API_BASE } from '../../api/client';

export const catalogueKeys = {
  all: ['courses'] as const,
  list: (query: TCourseListQuery) => ['courses', 'list', query] as const,
  one: (id: string) => ['courses', 'one', id] as const,
};

export function useCourses(query: TCourseListQuery) {
  return useQuery({
    queryKey: catalogueKeys.list(query),
    queryFn: async () => (await api('/courses', { query, schema: ZCourseList })).items,
    placeholderData: (previous) => previous,
  });
}

export function useCourse(id: string | null) {
  return useQuery({
    queryKey: catalogueKeys.one(id ?? ''),
    queryFn: () => api(`/courses/${id}`, { schema: ZCourse }),
    enabled: id !== null,
  });
}

/** Every change can touch other courses (prerequisites, "required by"), so the whole catalogue is refetched. */
function useCatalogueMutation<V, R>(run: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKeys.all }) });
}

export function useSaveCourse() {
  return useCatalogueMutation(({ id, input }: { id: string | null; input: TCourseInput }) =>
    id
      ? api(`/courses/${id}`, { method: 'PATCH', body: input, schema: ZCourse })
      : api('/courses', { method: 'POST', body: input, schema: ZCourse }),
  );
}

export function useSetCourseStatus() {
  return useCatalogueMutation(({ id, action }: { id: string; action: 'archive' | 'restore' }) =>
    api(`/courses/${id}/${action}`, { method: 'POST', schema: ZCourse }),
  );
}

export function useDeleteCourse() {
  return useCatalogueMutation((id: string) => api(`/courses/${id}`, { method: 'DELETE' }));
}

export function useInstallDefaultCatalogue() {
  return useCatalogueMutation(() => api('/courses/install-default', { method: 'POST', schema: ZCatalogueInstalled }));
}

export const catalogueExportUrl = `${API_BASE}/courses/export`;

/** Uploads a catalogue workbook; a refused file answers VALIDATION with row errors and nothing is written. */
export function useCatalogueImport() {
  return useCatalogueMutation((file: File) =>
    api('/courses/import', { method: 'POST', upload: file, query: { fileName: file.name }, schema: ZCourseImportResult }),
  );
}
