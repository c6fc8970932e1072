import type { TCertificate, TSignInImportResult } from '@formasaun/shared';
import { Alert, Button, FileButton, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportRowErrors, importRowErrorsOf } from '../../components/ImportRowErrors';
import { PageLoader } from '../../components/PageLoader';
import { currentLocale } from '../../i18n';
import { useCan } from '../auth/session';
import { signInPdfUrl, signInXlsxUrl, useCentreLogo, useRevokeCertificate, useSessionCertificates, useSignInImport, useUploadLogo, ZSignInImportErrors } from './api';
import { CertificateLine } from './AttendanceParts';

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The printed sign-in sheet and its typed-back xlsx, the session's certificates, and the logo they carry. */
export function DocumentsPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const allowed = can('AttendanceRecord');
  if (!allowed) return <Text c="dimmed">{t('attendance.onlyTrainers')}</Text>;
  return (
    <Stack gap="lg">
      <SignInSheet sessionId={sessionId} />
      <SessionCertificates sessionId={sessionId} canRevoke={can('CentreWrite')} />
      {can('CentreWrite') && <LogoSetting />}
    </Stack>
  );
}

function SignInSheet({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const upload = useSignInImport(sessionId);
  const [result, setResult] = useState<TSignInImportResult | null>(null);
  const rowErrors = importRowErrorsOf(upload.error, ZSignInImportErrors);
  const onFile = (file: File | null) => {
    if (!file) return;
    setResult(null);
    upload.mutate(file, { onSuccess: setResult });
  };
  return (
    <Stack gap="xs">
      <Title order={4}>{t('attendance.sheet.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('attendance.sheet.hint')}
      </Text>
      <Group gap="xs">
        <Button component="a" href={signInPdfUrl(sessionId, currentLocale())} download variant="default" size="sm">
          {t('attendance.sheet.pdf')}
        </Button>
        <Button component="a" href={signInXlsxUrl(sessionId)} download variant="default" size="sm">
          {t('attendance.sheet.xlsx')}
        </Button>
        <FileButton onChange={onFile} accept={XLSX}>
          {(props) => (
            <Button {...props} size="sm" loading={upload.isPending}>
              {t('attendance.sheet.upload')}
            </Button>
          )}
        </FileButton>
      </Group>
      {result && (
        <Alert color="teal" role="status" withCloseButton onClose={() => setResult(null)}>
          {t('attendance.sheet.imported', result)}
        </Alert>
      )}
      {rowErrors ? <ImportRowErrors errors={rowErrors} keys="attendance.sheet" headerRow={1} minWidth={320} /> : upload.error ? <ErrorAlert error={upload.error} /> : null}
    </Stack>
  );
}

function SessionCertificates({ sessionId, canRevoke }: { sessionId: string; canRevoke: boolean }) {
  const { t } = useTranslation();
  const certificates = useSessionCertificates(sessionId);
  const revoke = useRevokeCertificate();
  const [revoking, setRevoking] = useState<TCertificate | null>(null);
  const [reason, setReason] = useState('');
  const close = () => (setRevoking(null), setReason(''), revoke.reset());
  return (
    <Stack gap="xs">
      <Title order={4}>{t('attendance.certificates.title')}</Title>
      {certificates.isPending ? (
        <PageLoader />
      ) : certificates.error ? (
        <ErrorAlert error={certificates.error} />
      ) : certificates.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('attendance.certificates.noneForSession')}
        </Text>
      ) : (
        certificates.data.map((c) => (
          <Paper key={c.id} withBorder p="xs">
            <CertificateLine certificate={c} showOfficer />
            {canRevoke && !c.revokedAt && (
              <Button variant="subtle" color="red" size="compact-sm" mt={4} onClick={() => setRevoking(c)}>
                {t('attendance.certificates.revoke')}
              </Button>
            )}
            {c.revokedReason && (
              <Text size="xs" c="dimmed">
                {t('attendance.certificates.revokedBecause', { reason: c.revokedReason })}
              </Text>
            )}
          </Paper>
        ))
      )}
      <Modal opened={revoking !== null} onClose={close} title={t('attendance.certificates.revokeTitle', { name: revoking?.officerName ?? '' })}>
        <Stack>
          <Text size="sm">{t('attendance.certificates.revokeHint')}</Text>
          <TextInput label={t('attendance.certificates.reason')} required maxLength={300} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
          {revoke.error && <ErrorAlert error={revoke.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('attendance.cancel')}
            </Button>
            <Button
              color="red"
              disabled={!reason.trim()}
              loading={revoke.isPending}
              onClick={() => revoking && revoke.mutate({ id: revoking.id, reason: reason.trim() }, { onSuccess: () => (close(), notifications.show({ color: 'teal', message: t('attendance.certificates.revokedDone') })) })}
            >
              {t('attendance.certificates.revoke')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function LogoSetting() {
  const { t } = useTranslation();
  const logo = useCentreLogo();
  const upload = useUploadLogo();
  return (
    <Stack gap="xs">
      <Title order={4}>{t('attendance.logo.title')}</Title>
      <Text size="sm" c="dimmed">
        {logo.data?.hasLogo ? t('attendance.logo.has') : t('attendance.logo.none')}
      </Text>
      <Group gap="xs">
        <FileButton onChange={(f) => f && upload.mutate(f, { onSuccess: () => notifications.show({ color: 'teal', message: t('attendance.logo.saved') }) })} accept="image/png,image/jpeg">
          {(props) => (
            <Button {...props} variant="default" size="sm" loading={upload.isPending}>
              {t('attendance.logo.upload')}
            </Button>
          )}
        </FileButton>
        {logo.data?.hasLogo && (
          <Button variant="subtle" color="red" size="sm" onClick={() => upload.mutate(null)}>
            {t('attendance.logo.remove')}
          </Button>
        )}
      </Group>
      {upload.error && <ErrorAlert error={upload.error} />}
    </Stack>
  );
}
