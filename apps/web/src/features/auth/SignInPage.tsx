import { Alert, Box, Button, Center, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { PasswordField } from '../../components/PasswordField';
import { currentLocale } from '../../i18n';
import { useSessionQuery, useSignIn } from './session';

function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && next !== '/sign-in' ? next : '/';
}

export default function SignInPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const next = safeNext(new URLSearchParams(location.search).get('next'));
  const session = useSessionQuery();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (session.data) return <Navigate to={next} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password }, { onSuccess: () => void navigate(next, { replace: true }) });
  };

  const failure =
    signIn.error instanceof ApiError &&
    (signIn.error.code === 'UNAUTHENTICATED' || signIn.error.code === 'VALIDATION')
      ? t('auth.invalidCredentials')
      : signIn.error
        ? errorMessage(t, signIn.error)
        : null;

  return (
    <Center mih="100dvh" p="md" bg="gray.1">
      <Box w="100%" maw={420}>
        <Stack gap="lg">
          <Group justify="space-between" align="center">
            <Text fw={700} size="xl" c="customs.8">
              Formasaun
            </Text>
            <SegmentedControl
              size="xs"
              aria-label={t('shell.language')}
              value={currentLocale()}
              onChange={(value) => void i18n.changeLanguage(value)}
              data={[
                { value: 'en', label: 'EN' },
                { value: 'pt', label: 'PT' },
              ]}
            />
          </Group>
          <Paper component="main" withBorder shadow="sm" p="xl" radius="md">
            <form onSubmit={onSubmit} noValidate>
              <Stack>
                <Title order={1} size="h2">
                  {t('auth.signInTitle')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('auth.signInIntro')}
                </Text>
                {failure && (
                  <Alert color="red" variant="light" role="alert">
                    {failure}
                  </Alert>
                )}
                <TextInput
                  label={t('auth.email')}
                  type="email"
                  autoComplete="username"
                  required
                  value={email}
                  onChange={(e) => setEmail(e.currentTarget.value)}
                />
                <PasswordField
                  label={t('auth.password')}
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                />
                <Button type="submit" loading={signIn.isPending} fullWidth>
                  {t('auth.signIn')}
                </Button>
              </Stack>
            </form>
          </Paper>
        </Stack>
      </Box>
    </Center>
  );
}
