import type { TCompetency, TFrameworkEditResult, TFrameworkVersionDetail } from '@formasaun/shared';
import { Accordion, Alert, Badge, Button, Group, List, Paper, Select, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { currentLocale } from '../../i18n';
import { useCan } from '../auth/session';
import { useFrameworks, useFrameworkVersion, useRoleProfiles } from './api';
import { FrameworkEditDialogs, type FrameworkDialog } from './FrameworkEditDialogs';
import { RoleProfileGrid } from './RoleProfileGrid';
import { RoleProfileImport } from './RoleProfileImport';

const localised = (x: { nameEn: string; namePt: string }) => (currentLocale() === 'pt' ? x.namePt : x.nameEn);

interface BrowserProps {
  version: TFrameworkVersionDetail;
  canWrite: boolean;
  onOpen: (dialog: FrameworkDialog) => void;
}

/** The proficiency scale; editors rename its levels. */
function ScaleTable({ version, canWrite, onOpen }: BrowserProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table aria-label={t('competency.edit.scale')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('competency.edit.level')}</Table.Th>
            <Table.Th>{t('competency.edit.nameEn')}</Table.Th>
            <Table.Th>{t('competency.edit.namePt')}</Table.Th>
            {canWrite && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {version.scale.map((l) => (
            <Table.Tr key={l.level}>
              <Table.Td>{l.level}</Table.Td>
              <Table.Td>{l.nameEn}</Table.Td>
              <Table.Td>{l.namePt}</Table.Td>
              {canWrite && (
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => onOpen({ kind: 'scale', level: l })}>
                    {t('competency.edit.rename')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function CompetencyBrowser({ version, canWrite, onOpen }: BrowserProps) {
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
                  <Group justify="space-between" wrap="nowrap">
                    <Text fw={600}>{localised(c)}</Text>
                    {canWrite && (
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => onOpen({ kind: 'competency', competency: c })}>
                          {t('competency.edit.edit')}
                        </Button>
                        <Button size="xs" variant="subtle" color="red" onClick={() => onOpen({ kind: 'remove', competency: c })}>
                          {t('competency.edit.remove')}
                        </Button>
                      </Group>
                    )}
                  </Group>
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
  const canWrite = can('FrameworkWrite');
  const [dialog, setDialog] = useState<FrameworkDialog | null>(null);
  const [newVersion, setNewVersion] = useState<number | null>(null);
  const choose = (id: string | null) => {
    setNewVersion(null);
    setChosen(id);
  };
  const onEdited = (result: TFrameworkEditResult) => {
    if (result.isNewVersion) {
      // `id` is the version that now holds the edit; `editedVersionId` is the one the edit was made on.
      setChosen(result.id);
      setNewVersion(result.version);
    } else {
      notifications.show({ color: 'teal', message: t('competency.edit.saved') });
    }
  };

  if (frameworks.isPending) return <PageLoader />;
  if (frameworks.error) return <ErrorAlert error={frameworks.error} />;
  return (
    <Stack>
      <Title order={1}>{t('competency.title')}</Title>
      {options.length === 0 ? (
        <Text>{t('competency.none')}</Text>
      ) : (
        <Select label={t('competency.version')} data={options} value={versionId} onChange={choose} allowDeselect={false} maw={480} />
      )}
      {newVersion !== null && (
        <Alert color="blue" role="status" withCloseButton onClose={() => setNewVersion(null)} closeButtonLabel={t('competency.edit.dismiss')}>
          {t('competency.edit.newVersionNotice', { version: newVersion })}
        </Alert>
      )}
      <Tabs defaultValue="framework">
        <Tabs.List>
          <Tabs.Tab value="framework">{t('competency.framework')}</Tabs.Tab>
          <Tabs.Tab value="roleProfiles">{t('competency.roleProfiles')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="framework" pt="md">
          {version.error ? (
            <ErrorAlert error={version.error} />
          ) : version.data ? (
            <Stack>
              {canWrite && (
                <Group justify="flex-end">
                  <Button onClick={() => setDialog({ kind: 'competency', competency: null })} disabled={version.data.areas.length === 0}>
                    {t('competency.edit.add')}
                  </Button>
                </Group>
              )}
              <CompetencyBrowser version={version.data} canWrite={canWrite} onOpen={setDialog} />
              <Title order={2} size="h4">
                {t('competency.edit.scale')}
              </Title>
              <ScaleTable version={version.data} canWrite={canWrite} onOpen={setDialog} />
              {canWrite && <FrameworkEditDialogs version={version.data} dialog={dialog} onClose={() => setDialog(null)} onSaved={onEdited} />}
            </Stack>
          ) : (
            versionId && <PageLoader />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="roleProfiles" pt="md">
          <Stack>
            {versionId && <RoleProfileImport versionId={versionId} canWrite={canWrite} onImported={(r) => setChosen(r.versionId)} />}
            {grid.error ? (
              <ErrorAlert error={grid.error} />
            ) : grid.data ? (
              <RoleProfileGrid key={grid.data.versionId} grid={grid.data} canWrite={canWrite} onSaved={setChosen} />
            ) : (
              versionId && <PageLoader />
            )}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
