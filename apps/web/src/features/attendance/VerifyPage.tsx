import { Center, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { formatDate } from '../../components/format';
import { useVerify } from './api';

/** The public check of a certificate's code: valid (with the minimum), revoked, or unknown. No app shell. */
export default function VerifyPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const check = useVerify(code);
  const limited = check.error instanceof ApiError && check.error.code === 'RATE_LIMITED';
  const result = check.data;
  const tone = result?.valid ? 'teal' : 'red';
  return (
    <Center mih="100dvh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={460}>
        <Stack align="center" gap="sm" ta="center">
          <Text size="sm" c="dimmed">
            {t('attendance.verify.heading')}
          </Text>
          <Text ff="monospace" fw={600} style={{ wordBreak: 'break-all' }}>
            {code.toUpperCase()}
          </Text>
          {check.isPending ? (
            <Loader aria-label={t('attendance.verify.checking')} />
          ) : result ? (
            <>
              <ThemeIcon size={56} radius="xl" color={tone} aria-hidden>
                <Text fz={28} c="white" fw={700}>
                  {result.valid ? '✓' : '✕'}
                </Text>
              </ThemeIcon>
              <Title order={2} c={result.valid ? 'teal.9' : 'red.9'} role="status">
                {result.valid ? t('attendance.verify.valid') : t('attendance.verify.revoked')}
              </Title>
              {result.valid && (
                <Stack gap={4}>
                  <Text fz="lg" fw={600}>
                    {result.name}
                  </Text>
                  <Text>{result.course}</Text>
                  <Text c="dimmed">{t('attendance.verify.issuedOn', { date: formatDate(result.date) })}</Text>
                </Stack>
              )}
            </>
          ) : (
            <>
              <ThemeIcon size={56} radius="xl" color="gray" aria-hidden>
                <Text fz={28} c="white" fw={700}>
                  ?
                </Text>
              </ThemeIcon>
              <Title order={2} role="status">
                {limited ? t('attendance.verify.limited') : t('attendance.verify.unknown')}
              </Title>
              {!limited && <Text c="dimmed">{t('attendance.verify.unknownHint')}</Text>}
            </>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
