import type { TOfficerDetail } from '@formasaun/shared';
import { Anchor, Breadcrumbs, Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { useCan } from '../auth/session';
import { useOfficer } from './api';
import { OfficerEditForm } from './OfficerEditForm';
import { StatusBadge } from './StaffTable';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function Details({ officer }: { officer: TOfficerDetail }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        <Field label={t('staff.employeeNumber')}>{officer.employeeNumber}</Field>
        <Field label={t('staff.status')}>
          <StatusBadge status={officer.status} />
        </Field>
        <Field label={t('staff.sex')}>{t(`sex.${officer.sex}`)}</Field>
        <Field label={t('staff.dateOfBirth')}>{formatDate(officer.dateOfBirth)}</Field>
        <Field label={t('staff.orgUnit')}>{officer.orgUnitName}</Field>
        <Field label={t('staff.position')}>{officer.positionTitle ?? '—'}</Field>
        <Field label={t('staff.grade')}>{officer.grade ?? '—'}</Field>
        <Field label={t('staff.location')}>{officer.locationName ?? '—'}</Field>
        <Field label={t('staff.hireDate')}>{formatDate(officer.hireDate)}</Field>
        <Field label={t('staff.languages')}>{officer.languages.length ? officer.languages.join(', ') : '—'}</Field>
        <Field label={t('staff.email')}>{officer.email ?? '—'}</Field>
        <Field label={t('staff.phone')}>{officer.phone ?? '—'}</Field>
      </SimpleGrid>
    </Paper>
  );
}

function History({ officer }: { officer: TOfficerDetail }) {
  const { t } = useTranslation();
  const rows = [...officer.assignments].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('officer.history')}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('officer.noHistory')}</Text>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={560}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('staff.orgUnit')}</Table.Th>
                  <Table.Th>{t('staff.position')}</Table.Th>
                  <Table.Th>{t('staff.grade')}</Table.Th>
                  <Table.Th>{t('officer.from')}</Table.Th>
                  <Table.Th>{t('officer.to')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{a.orgUnitName}</Table.Td>
                    <Table.Td>{a.positionTitle ?? '—'}</Table.Td>
                    <Table.Td>{a.grade ?? '—'}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(a.validFrom)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.validTo ? formatDate(a.validTo) : t('officer.current')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}

export default function OfficerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const officer = useOfficer(id);
  const [editing, { open, close }] = useDisclosure(false);

  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to="/staff">
          {t('staff.title')}
        </Anchor>
        <Text size="sm">{officer.data ? `${officer.data.familyName}, ${officer.data.givenNames}` : '…'}</Text>
      </Breadcrumbs>
      {officer.isPending ? (
        <PageLoader />
      ) : officer.error ? (
        <ErrorAlert error={officer.error} />
      ) : (
        <>
          <Group justify="space-between" align="flex-end">
            <Title order={1}>
              {officer.data.givenNames} {officer.data.familyName}
            </Title>
            {can('OfficerWrite') && <Button onClick={open}>{t('officer.edit')}</Button>}
          </Group>
          <Details officer={officer.data} />
          <History officer={officer.data} />
          <Modal opened={editing} onClose={close} title={t('officer.editTitle')} size="lg" fullScreen={false}>
            <OfficerEditForm officer={officer.data} onDone={close} />
          </Modal>
        </>
      )}
    </Stack>
  );
}
