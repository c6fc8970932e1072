import { AppShell, Box, Burger, Divider, Group, NavLink, ScrollArea, Text, ThemeIcon, UnstyledButton, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Fragment, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../components/PageLoader';
import { useSession } from '../features/auth/session';
import classes from './AppLayout.module.css';
import { HeaderControls } from './HeaderControls';
import { visibleNavItems } from './navigation';

export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const items = visibleNavItems(session.permissions);
  const theme = useMantineTheme();
  // Below the navbar breakpoint a closed navbar is off screen: keep its links out of the tab order and the a11y tree.
  const isWide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, { getInitialValueInEffect: false });
  const folded = !isWide && !opened;

  useEffect(() => {
    close();
  }, [location.pathname, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header bg="customs.8" c="white">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              color="white"
              aria-label={opened ? t('shell.closeMenu') : t('shell.openMenu')}
            />
            <UnstyledButton component={Link} to="/" c="white" aria-label={t('shell.home')}>
              <Text fw={700} size="lg">
                Formasaun
              </Text>
            </UnstyledButton>
            <Text size="sm" c="customs.1" truncate visibleFrom="xs">
              {session.administration.name}
            </Text>
          </Group>
          <HeaderControls />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        p="sm"
        aria-label={t('shell.mainNavigation')}
        className={classes.navbar}
        data-folded={folded || undefined}
        inert={folded}
      >
        <AppShell.Section grow component={ScrollArea}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" px="sm" pb="xs" hiddenFrom="xs">
            {session.administration.name}
          </Text>
          {items.map((item) => {
            const active = location.pathname === item.path || location.pathname.startsWith(`${item.path}/`);
            return (
              <Fragment key={item.path}>
                <NavLink
                  component={Link}
                  to={item.path}
                  label={t(item.label)}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                  variant="filled"
                  leftSection={
                    item.step ? (
                      <ThemeIcon size={22} radius="xl" variant={active ? 'white' : 'light'}>
                        <Text size="xs" fw={700}>
                          {item.step}
                        </Text>
                      </ThemeIcon>
                    ) : (
                      <Box w={22} />
                    )
                  }
                />
                {item.dividerAfter && <Divider my="xs" />}
              </Fragment>
            );
          })}
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
