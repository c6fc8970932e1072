import type { TOfficerDetail } from '@formasaun/shared';
import { Alert, Anchor, Breadcrumbs, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { useCan } from '../auth/session';
import { useOfficer } from './api';
import { OfficerEditForm } from './OfficerEditForm';
import { OfficerHistory } from './OfficerHistory';
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

export default function OfficerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const officer = useOfficer(id);
  const [editing, { open, close }] = useDisclosure(false);
  // Outside the user's scope reads as not found too (the API does not reveal that the record exists).
  const notFound = officer.error instanceof ApiError && officer.error.code === 'NOT_FOUND';
  const crumb = officer.data
    ? `${officer.data.familyName}, ${officer.data.givenNames}`
    : notFound
      ? t('officer.notFoundTitle')
      : officer.isPending
        ? '…'
        : t('common.error');

  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to="/staff">
          {t('staff.title')}
        </Anchor>
        <Text size="sm">{crumb}</Text>
      </Breadcrumbs>
      {officer.isPending ? (
        <PageLoader />
      ) : notFound ? (
        <>
          <Title order={1}>{t('officer.notFoundTitle')}</Title>
          <Alert color="gray" variant="light" c="dark">
            {t('officer.notFoundBody')}
          </Alert>
          <Anchor component={Link} to="/staff">
            {t('officer.backToStaff')}
          </Anchor>
        </>
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
          <OfficerHistory officer={officer.data} />
          <Modal opened={editing} onClose={close} title={t('officer.editTitle')} size="lg" fullScreen={false}>
            <OfficerEditForm officer={officer.data} onDone={close} />
          </Modal>
        </>
      )}
    </Stack>
  );
}
