import { Avatar, Group, Menu, SegmentedControl, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../api/errors';
import { currentLocale } from '../i18n';
import { useSession, useSetLocale, useSignOut, useSwitchAdministration } from '../features/auth/session';
import { NotificationBell } from '../features/notifications/NotificationBell';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]?.toUpperCase())
    .join('');
}

export function HeaderControls() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const setLocale = useSetLocale();
  const signOut = useSignOut();
  const switchAdministration = useSwitchAdministration();
  const fail = (error: unknown) => notifications.show({ color: 'red', message: errorMessage(t, error) });

  return (
    <Group gap="xs" wrap="nowrap">
      {session.administrations.length > 1 && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <UnstyledButton
              c="white"
              px="xs"
              py={4}
              aria-label={t('shell.switchAdministration')}
              style={{ border: '1px solid rgba(255,255,255,.5)', borderRadius: 4 }}
            >
              <Text size="sm" truncate maw={{ base: 90, sm: 220 }}>
                {session.administration.slug.toUpperCase()}
              </Text>
            </UnstyledButton>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('shell.switchAdministration')}</Menu.Label>
            {session.administrations.map((a) => (
              <Menu.Item
                key={a.id}
                disabled={a.id === session.administration.id || switchAdministration.isPending}
                onClick={() =>
                  switchAdministration.mutate(a.id, { onSuccess: () => void navigate('/'), onError: fail })
                }
              >
                {a.name}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}

      <NotificationBell />

      <SegmentedControl
        size="xs"
        aria-label={t('shell.language')}
        value={currentLocale()}
        onChange={(value) => setLocale.mutate(value, { onError: fail })}
        data={[
          { value: 'en', label: 'EN' },
          { value: 'pt', label: 'PT' },
        ]}
      />

      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t('shell.userMenu')}>
            <Avatar color="white" variant="outline" radius="xl" size={34}>
              {initials(session.user.displayName)}
            </Avatar>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="sm" fw={600} c="dark">
              {session.user.displayName}
            </Text>
            <Text size="xs">{session.user.email}</Text>
          </Menu.Label>
          <Menu.Divider />
          <Menu.Item
            onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in', { replace: true }) })}
          >
            {t('shell.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
