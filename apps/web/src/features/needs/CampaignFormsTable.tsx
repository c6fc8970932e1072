import { FORM_KINDS, FORM_STATUSES, type TCampaignDetail, type TCampaignFormItem } from '@formasaun/shared';
import { Group, NativeSelect, Pagination, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatNumber } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { useCampaignForms, type FormsFilter } from './api';
import { ReopenFormButton } from './ReopenFormButton';

const PAGE_SIZE = 25;
type Status = TCampaignFormItem['status'];
type Kind = TCampaignFormItem['kind'];
const isStatus = (v: string): v is Status => (FORM_STATUSES as readonly string[]).includes(v);
const isKind = (v: string): v is Kind => (FORM_KINDS as readonly string[]).includes(v);

/** The campaign's forms, filtered and paged; a submitted form of an open campaign can be reopened (reason required). */
export function CampaignFormsTable({ campaign }: { campaign: TCampaignDetail }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<FormsFilter>({ page: 1, pageSize: PAGE_SIZE });
  const forms = useCampaignForms(campaign.id, filter);
  const change = (patch: Partial<FormsFilter>) => setFilter((f) => ({ ...f, ...patch, page: 1 }));
  const pages = forms.data ? Math.max(1, Math.ceil(forms.data.total / forms.data.pageSize)) : 1;
  const canReopen = campaign.status === 'open';
  const units = campaign.progress.byOrgUnit;
  return (
    <Stack gap="xs" component="section" aria-labelledby="forms-title">
      <Title order={2} size="h3" id="forms-title">
        {t('needs.forms.title')}
      </Title>
      <Group gap="sm" align="flex-end">
        <NativeSelect
          label={t('needs.forms.orgUnit')}
          data={[{ value: '', label: t('needs.forms.all') }, ...units.map((u) => ({ value: u.orgUnitId, label: u.orgUnitName }))]}
          value={filter.orgUnitId ?? ''}
          onChange={(e) => change({ orgUnitId: e.currentTarget.value || undefined })}
        />
        <NativeSelect
          label={t('needs.forms.status')}
          data={[{ value: '', label: t('needs.forms.all') }, ...FORM_STATUSES.map((s) => ({ value: s, label: t(`needs.formStatus.${s}`) }))]}
          value={filter.status ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            change({ status: isStatus(v) ? v : undefined });
          }}
        />
        <NativeSelect
          label={t('needs.forms.kind')}
          data={[{ value: '', label: t('needs.forms.all') }, ...FORM_KINDS.map((k) => ({ value: k, label: t(`needs.forms.kinds.${k}`) }))]}
          value={filter.kind ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            change({ kind: isKind(v) ? v : undefined });
          }}
        />
      </Group>
      {forms.error ? (
        <ErrorAlert error={forms.error} />
      ) : !forms.data ? (
        <PageLoader />
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('needs.forms.count', { count: forms.data.total, total: formatNumber(forms.data.total) })}
          </Text>
          {forms.data.items.length > 0 && (
            <Paper withBorder style={{ opacity: forms.isPlaceholderData ? 0.6 : 1 }} aria-busy={forms.isFetching}>
              <Table.ScrollContainer minWidth={760}>
                <Table striped aria-label={t('needs.forms.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('needs.forms.officer')}</Table.Th>
                      <Table.Th>{t('needs.forms.orgUnit')}</Table.Th>
                      <Table.Th>{t('needs.forms.kind')}</Table.Th>
                      <Table.Th>{t('needs.forms.status')}</Table.Th>
                      <Table.Th>{t('needs.forms.assessor')}</Table.Th>
                      <Table.Th>{t('needs.forms.updated')}</Table.Th>
                      <Table.Th>{t('common.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {forms.data.items.map((f) => (
                      <Table.Tr key={f.id}>
                        <Table.Td>{`${f.officer.name} (${f.officer.employeeNumber})`}</Table.Td>
                        <Table.Td>{f.orgUnitName}</Table.Td>
                        <Table.Td>{t(`needs.forms.kinds.${f.kind}`)}</Table.Td>
                        <Table.Td>{t(`needs.formStatus.${f.status}`)}</Table.Td>
                        <Table.Td>{f.assessor?.name ?? '—'}</Table.Td>
                        <Table.Td>{formatDateTime(f.updatedAt)}</Table.Td>
                        <Table.Td>
                          {canReopen && f.status === 'submitted' && (
                            <ReopenFormButton
                              formId={f.id}
                              size="xs"
                              label={t('needs.forms.reopen')}
                              ariaLabel={t('needs.forms.reopenFor', { name: f.officer.name, kind: t(`needs.forms.kinds.${f.kind}`) })}
                            />
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )}
          {pages > 1 && (
            <Group justify="center">
              <Pagination
                total={pages}
                value={Math.min(filter.page, pages)}
                onChange={(page) => setFilter((f) => ({ ...f, page }))}
                getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
                getItemProps={(p) => ({ 'aria-label': t('pagination.page', { page: p }) })}
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
