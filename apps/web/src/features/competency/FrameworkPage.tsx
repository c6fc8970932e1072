import type { TCompetency, TFrameworkVersionDetail } from '@formasaun/shared';
import { Accordion, Badge, Group, List, Paper, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { currentLocale } from '../../i18n';
import { useCan } from '../auth/session';
import { useFrameworks, useFrameworkVersion, useRoleProfiles } from './api';
import { RoleProfileGrid } from './RoleProfileGrid';

const localised = (x: { nameEn: string; namePt: string }) => (currentLocale() === 'pt' ? x.namePt : x.nameEn);

function CompetencyBrowser({ version }: { version: TFrameworkVersionDetail }) {
  const { t } = useTranslation();
  const byArea = (code: string) => version.competencies.filter((c) => c.areaCode === code);
  const indicator = (c: TCompetency, level: number) => c.indicators[String(level)]?.[currentLocale()];
  return (
    <Accordion multiple variant="separated">
      {version.areas.map((area) => (
        <Accordion.Item key={area.id} value={area.code}>
          <Accordion.Control>
            <Group gap="xs">
              <Text fw={600}>{localised(area)}</Text>
              <Badge variant="light" size="sm" tt="none">
                {t(`competency.group.${area.group}`)}
              </Badge>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm">
              {byArea(area.code).map((c) => (
                <Paper key={c.id} withBorder p="sm">
                  <Text fw={600}>{localised(c)}</Text>
                  <Text size="sm" c="dimmed">
                    {currentLocale() === 'pt' ? c.descriptionPt : c.descriptionEn}
                  </Text>
                  <List size="sm" mt="xs">
                    {version.scale
                      .filter((l) => l.level > 0 && indicator(c, l.level))
                      .map((l) => (
                        <List.Item key={l.level}>
                          <b>{`${l.level} · ${localised(l)}`}</b>: {indicator(c, l.level)}
                        </List.Item>
                      ))}
                  </List>
                </Paper>
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

/** Framework browser and role-profile grid of one framework version. */
export default function FrameworkPage() {
  const { t } = useTranslation();
  const can = useCan();
  const frameworks = useFrameworks();
  const [chosen, setChosen] = useState<string | null>(null);
  const options = (frameworks.data ?? []).flatMap((f) =>
    f.versions.map((v) => ({ value: v.id, label: `${f.name} · v${v.version}${v.isInUse ? ` (${t('competency.inUse')})` : ''}` })),
  );
  const versionId = chosen ?? options[0]?.value ?? null;
  const version = useFrameworkVersion(versionId);
  const grid = useRoleProfiles(versionId);

  if (frameworks.isPending) return <PageLoader />;
  if (frameworks.error) return <ErrorAlert error={frameworks.error} />;
  return (
    <Stack>
      <Title order={1}>{t('competency.title')}</Title>
      {options.length === 0 ? (
        <Text>{t('competency.none')}</Text>
      ) : (
        <Select label={t('competency.version')} data={options} value={versionId} onChange={setChosen} allowDeselect={false} maw={480} />
      )}
      <Tabs defaultValue="framework">
        <Tabs.List>
          <Tabs.Tab value="framework">{t('competency.framework')}</Tabs.Tab>
          <Tabs.Tab value="roleProfiles">{t('competency.roleProfiles')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="framework" pt="md">
          {version.error ? <ErrorAlert error={version.error} /> : version.data ? <CompetencyBrowser version={version.data} /> : versionId && <PageLoader />}
        </Tabs.Panel>
        <Tabs.Panel value="roleProfiles" pt="md">
          {grid.error ? (
            <ErrorAlert error={grid.error} />
          ) : grid.data ? (
            <RoleProfileGrid key={grid.data.versionId} grid={grid.data} canWrite={can('FrameworkWrite')} onSaved={setChosen} />
          ) : (
            versionId && <PageLoader />
          )}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
