import {
  ZCampaignClosed,
  ZCampaignDetail,
  ZCampaignFormPage,
  ZCampaignList,
  ZComparison,
  ZDrilldown,
  ZForm,
  ZFormSummaryList,
  ZHeatmap,
  ZNeedsList,
  ZOfficerProfile,
  ZPaperImportResult,
  ZRemindersSent,
  ZTeamGrid,
  type TCampaignCreate,
  type TCampaignFormsQuery,
  type TLocale,
} from '@formasaun/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, API_BASE } from '../../api/client';

export type By = 'competency' | 'area';

export const needsKeys = {
  campaigns: ['campaigns'] as const,
  campaign: (id: string) => ['campaigns', id] as const,
  forms: (id: string) => ['campaigns', id, 'forms'] as const,
  results: (id: string) => ['campaigns', id, 'results'] as const,
  team: (id: string) => ['campaigns', id, 'team'] as const,
  myForms: ['assessment-forms', 'mine'] as const,
  form: (id: string) => ['assessment-forms', id] as const,
};

export function useCampaigns(enabled = true) {
  return useQuery({ queryKey: needsKeys.campaigns, queryFn: async () => (await api('/campaigns', { schema: ZCampaignList })).items, enabled });
}

export function useCampaign(id: string, enabled = true) {
  return useQuery({ queryKey: needsKeys.campaign(id), queryFn: () => api(`/campaigns/${id}`, { schema: ZCampaignDetail }), enabled });
}

function useCampaignMutation<V, R>(run: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: needsKeys.campaigns }) });
}

export const useCreateCampaign = () =>
  useCampaignMutation((input: TCampaignCreate) => api('/campaigns', { method: 'POST', body: input, schema: ZCampaignDetail }));
export const useOpenCampaign = (id: string) => useCampaignMutation(() => api(`/campaigns/${id}/open`, { method: 'POST', schema: ZCampaignDetail }));
export const useCloseCampaign = (id: string) => useCampaignMutation(() => api(`/campaigns/${id}/close`, { method: 'POST', schema: ZCampaignClosed }));
export const useSendReminders = (id: string) => useCampaignMutation(() => api(`/campaigns/${id}/reminders`, { method: 'POST', schema: ZRemindersSent }));

export function useMyForms() {
  return useQuery({ queryKey: needsKeys.myForms, queryFn: async () => (await api('/my/assessment-forms', { schema: ZFormSummaryList })).items });
}

export function useForm(id: string | undefined) {
  return useQuery({ queryKey: needsKeys.form(id ?? ''), queryFn: () => api(`/assessment-forms/${id}`, { schema: ZForm }), enabled: !!id });
}

/** Only level is sent: the UI has no comment field, and the contract's comment is optional on input. */
type RatingIn = { competencyId: string; level: number };

export const saveFormRatings = (id: string, ratings: RatingIn[]) => api(`/assessment-forms/${id}/ratings`, { method: 'PUT', body: { ratings }, schema: ZForm });
export const saveTeamRatings = (campaignId: string, ratings: (RatingIn & { formId: string })[]) =>
  api(`/campaigns/${campaignId}/team`, { method: 'PUT', body: { ratings }, schema: ZTeamGrid });

export function useSubmitForm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`/assessment-forms/${id}/submit`, { method: 'POST', schema: ZForm }),
    onSuccess: (form) => {
      queryClient.setQueryData(needsKeys.form(form.id), form);
      void queryClient.invalidateQueries({ queryKey: ['assessment-forms'] });
      void queryClient.invalidateQueries({ queryKey: needsKeys.team(form.campaignId) });
    },
  });
}

export function useReopenForm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => api(`/assessment-forms/${id}/reopen`, { method: 'POST', body: { reason }, schema: ZForm }),
    onSuccess: (form) => {
      queryClient.setQueryData(needsKeys.form(form.id), form);
      void queryClient.invalidateQueries({ queryKey: needsKeys.campaigns });
    },
  });
}

export function useTeam(campaignId: string) {
  return useQuery({ queryKey: needsKeys.team(campaignId), queryFn: () => api(`/campaigns/${campaignId}/team`, { schema: ZTeamGrid }) });
}

export function useHeatmap(campaignId: string, by: By, orgUnitId: string | null) {
  return useQuery({
    queryKey: [...needsKeys.results(campaignId), 'heatmap', by, orgUnitId],
    queryFn: () => api(`/campaigns/${campaignId}/heatmap`, { query: { by, orgUnitId }, schema: ZHeatmap }),
    placeholderData: keepPreviousData,
  });
}

export function useRankedNeeds(campaignId: string, limit: number) {
  return useQuery({
    queryKey: [...needsKeys.results(campaignId), 'needs', limit],
    queryFn: () => api(`/campaigns/${campaignId}/needs`, { query: { limit }, schema: ZNeedsList }),
    placeholderData: keepPreviousData,
  });
}

export function useProfile(campaignId: string, officerId: string | null) {
  return useQuery({
    queryKey: [...needsKeys.results(campaignId), 'profile', officerId],
    queryFn: () => api(`/campaigns/${campaignId}/profile`, { query: { officerId }, schema: ZOfficerProfile }),
  });
}

export function useComparison(campaignId: string, other: string | null, by: By) {
  return useQuery({
    queryKey: [...needsKeys.results(campaignId), 'compare', other, by],
    queryFn: () => api(`/campaigns/${campaignId}/compare`, { query: { with: other, by }, schema: ZComparison }),
    enabled: other !== null,
  });
}

export function useDrilldown(campaignId: string, cell: { orgUnitId: string; key: string; by: By } | null) {
  return useQuery({
    queryKey: [...needsKeys.results(campaignId), 'drilldown', cell],
    queryFn: () => api(`/campaigns/${campaignId}/drilldown`, { query: cell ?? {}, schema: ZDrilldown }),
    enabled: cell !== null,
  });
}

export const resultsExportUrl = (campaignId: string) => `${API_BASE}/campaigns/${campaignId}/results/export`;

// Documents: the TNA report and the paper fallback (plain links, so the browser downloads them with the session cookie).
const withQuery = (path: string, query: Record<string, string>) => `${API_BASE}${path}?${new URLSearchParams(query).toString()}`;
export const reportUrl = (campaignId: string, lang: TLocale) => withQuery(`/campaigns/${campaignId}/report.pdf`, { lang });
export const paperFormsUrl = (campaignId: string, orgUnitId: string, lang: TLocale) =>
  withQuery(`/campaigns/${campaignId}/paper-forms.pdf`, { orgUnitId, lang });
export const paperTemplateUrl = (campaignId: string, orgUnitId: string) => withQuery(`/campaigns/${campaignId}/paper-template.xlsx`, { orgUnitId });

/** Uploads a typed-in paper template: the file bytes as the body; submitted forms change the campaign's progress. */
export function usePaperImport(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      api(`/campaigns/${campaignId}/paper-import`, { method: 'POST', upload: file, query: { fileName: file.name }, schema: ZPaperImportResult }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: needsKeys.campaigns }),
  });
}

export type FormsFilter = Pick<TCampaignFormsQuery, 'status' | 'kind' | 'orgUnitId'> & { page: number; pageSize: number };

export function useCampaignForms(campaignId: string, filter: FormsFilter, enabled = true) {
  return useQuery({
    queryKey: [...needsKeys.forms(campaignId), filter],
    queryFn: () => api(`/campaigns/${campaignId}/forms`, { query: filter, schema: ZCampaignFormPage }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
