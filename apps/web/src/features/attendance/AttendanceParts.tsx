import type { TAttendanceStatus, TCertificate } from '@formasaun/shared';
import { ATTENDANCE_STATUSES } from '@formasaun/shared';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format';
import { ToneBadge } from '../../components/ToneBadge';
import { currentLocale } from '../../i18n';
import { certificatePdfUrl } from './api';

export { ATTENDANCE_STATUSES };

/** Colours of the four marks: the same on the grid, the phone page and the legend. */
export const STATUS_COLOR: Record<TAttendanceStatus, string> = { present: 'teal', late: 'yellow', absent: 'red', excused: 'gray' };

export const titleIn = (titles: { en: string; pt: string }) => titles[currentLocale()];

export const percent = (share: number) => new Intl.NumberFormat(currentLocale() === 'pt' ? 'pt-PT' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(share);

export function MarkBadge({ status }: { status: TAttendanceStatus | undefined }) {
  const { t } = useTranslation();
  if (!status) return <Text c="dimmed" size="sm">—</Text>;
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} c={status === 'late' ? '#6e4200' : undefined}>
      {t(`attendance.status.${status}`)}
    </Badge>
  );
}

/** A certificate with its dates and the download link; revoked ones say so. */
export function CertificateLine({ certificate, showOfficer = false }: { certificate: TCertificate; showOfficer?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text fw={500} size="sm">
          {showOfficer ? certificate.officerName : titleIn(certificate.courseTitle)}
        </Text>
        <Text size="xs" c="dimmed">
          {certificate.sessionCode} · {t('attendance.certificates.issuedOn', { date: formatDate(certificate.issuedOn) })} · {certificate.code}
        </Text>
      </Stack>
      <Group gap="xs">
        {certificate.revokedAt ? <ToneBadge tone="warning">{t('attendance.certificates.revoked')}</ToneBadge> : <ToneBadge tone="positive">{t('attendance.certificates.valid')}</ToneBadge>}
        <Anchor href={certificatePdfUrl(certificate.id)} download size="sm">
          {t('attendance.certificates.download')}
        </Anchor>
      </Group>
    </Group>
  );
}
