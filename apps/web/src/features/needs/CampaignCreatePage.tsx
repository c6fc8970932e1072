import { CAMPAIGN_MODES, CONSOLIDATION_RULES, SINGLE_SOURCE_RULES, type TCampaignCreate } from '@formasaun/shared';
import { ActionIcon, Anchor, Button, Group, NativeSelect, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fieldErrors } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { today } from '../../components/format';
import { useFrameworks } from '../competency/api';
import { usePositions } from '../organisation/api';
import { OrgUnitSelect } from '../organisation/OrgUnitSelect';
import { useCreateCampaign } from './api';

type Scope = { key: number; orgUnitId: string | null; positionId: string | null };
type Fields = Omit<TCampaignCreate, 'scopes' | 'frameworkVersionId'> & { frameworkVersionId: string | null };

const inDays = (n: number) => {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

export default function CampaignCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const frameworks = useFrameworks();
  const positions = usePositions();
  const create = useCreateCampaign();
  const [fields, setFields] = useState<Fields>({
    name: '', frameworkVersionId: null, opensOn: today(), closesOn: inDays(30), mode: 'both', consolidation: 'weighted', supervisorWeight: 0.6, singleSource: 'use_available',
  });
  const [scopes, setScopes] = useState<Scope[]>([{ key: 0, orgUnitId: null, positionId: null }]);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const setScope = (key: number, patch: Partial<Scope>) => setScopes((list) => list.map((s) => (s.key === key ? { ...s, ...patch } : s)));

  const versions = (frameworks.data ?? []).flatMap((f) => f.versions.map((v) => ({ value: v.id, label: `${f.name} · v${v.version}` })));
  const versionId = fields.frameworkVersionId ?? versions.at(-1)?.value ?? null;
  const chosenScopes = scopes.filter((s) => s.orgUnitId || s.positionId);
  const errors = fieldErrors(create.error);
  const canSave = fields.name.trim() !== '' && versionId !== null && chosenScopes.length > 0;

  const save = () => {
    if (!versionId) return;
    create.mutate(
      { ...fields, frameworkVersionId: versionId, scopes: chosenScopes.map(({ orgUnitId, positionId }) => ({ orgUnitId, positionId })) },
      { onSuccess: (c) => void navigate(`/campaigns/${c.id}`) },
    );
  };

  return (
    <Stack maw={760}>
      <Anchor component={Link} to="/campaigns" size="sm">
        {t('needs.campaign.back')}
      </Anchor>
      <Title order={1}>{t('needs.create.title')}</Title>
      <Paper withBorder p="md">
        <Stack>
          <TextInput label={t('needs.create.name')} required value={fields.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name} />
          <Select
            label={t('needs.create.version')}
            data={versions}
            value={versionId}
            onChange={(v) => set('frameworkVersionId', v)}
            allowDeselect={false}
            disabled={frameworks.isPending}
            error={errors.frameworkVersionId ?? (frameworks.data?.length === 0 ? t('needs.create.noFramework') : undefined)}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput type="date" label={t('needs.create.opensOn')} required value={fields.opensOn} onChange={(e) => set('opensOn', e.currentTarget.value)} error={errors.opensOn} />
            <TextInput type="date" label={t('needs.create.closesOn')} required value={fields.closesOn} onChange={(e) => set('closesOn', e.currentTarget.value)} error={errors.closesOn} />
          </SimpleGrid>
          <NativeSelect
            label={t('needs.create.mode')}
            data={CAMPAIGN_MODES.map((m) => ({ value: m, label: t(`needs.mode.${m}`) }))}
            value={fields.mode}
            onChange={(e) => set('mode', e.currentTarget.value as Fields['mode'])}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NativeSelect
              label={t('needs.create.consolidation')}
              description={t('needs.create.consolidationHint')}
              data={CONSOLIDATION_RULES.map((m) => ({ value: m, label: t(`needs.consolidation.${m}`) }))}
              value={fields.consolidation}
              onChange={(e) => set('consolidation', e.currentTarget.value as Fields['consolidation'])}
            />
            {fields.consolidation === 'weighted' && (
              <NumberInput
                label={t('needs.create.weight')}
                description={t('needs.create.weightHint')}
                min={0}
                max={1}
                step={0.05}
                decimalScale={2}
                value={fields.supervisorWeight}
                onChange={(v) => set('supervisorWeight', typeof v === 'number' ? v : Number(v) || 0)}
                error={errors.supervisorWeight}
              />
            )}
          </SimpleGrid>
          <NativeSelect
            label={t('needs.create.singleSource')}
            data={SINGLE_SOURCE_RULES.map((m) => ({ value: m, label: t(`needs.singleSource.${m}`) }))}
            value={fields.singleSource}
            onChange={(e) => set('singleSource', e.currentTarget.value as Fields['singleSource'])}
          />
          <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={600} size="sm">
              {t('needs.create.scope')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('needs.create.scopeHint')}
            </Text>
            {scopes.map((s, i) => (
              <Group key={s.key} align="flex-end" wrap="nowrap" gap="xs">
                <SimpleGrid cols={{ base: 1, xs: 2 }} style={{ flex: 1 }} spacing="xs">
                  <OrgUnitSelect label={t('needs.create.orgUnit', { n: i + 1 })} value={s.orgUnitId} onChange={(v) => setScope(s.key, { orgUnitId: v })} />
                  <Select
                    label={t('needs.create.position', { n: i + 1 })}
                    data={(positions.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
                    value={s.positionId}
                    onChange={(v) => setScope(s.key, { positionId: v })}
                    searchable
                    clearable
                  />
                </SimpleGrid>
                {scopes.length > 1 && (
                  <ActionIcon variant="default" size="lg" aria-label={t('needs.create.removeScope', { n: i + 1 })} onClick={() => setScopes((l) => l.filter((x) => x.key !== s.key))}>
                    ×
                  </ActionIcon>
                )}
              </Group>
            ))}
            {errors.scopes && (
              <Text size="sm" c="red.8">
                {errors.scopes}
              </Text>
            )}
            <Group>
              <Button variant="default" size="xs" onClick={() => setScopes((l) => [...l, { key: Math.max(...l.map((x) => x.key)) + 1, orgUnitId: null, positionId: null }])}>
                {t('needs.create.addScope')}
              </Button>
            </Group>
          </Stack>
          {create.error && <ErrorAlert error={create.error} fields={['name', 'frameworkVersionId', 'opensOn', 'closesOn', 'supervisorWeight', 'scopes']} />}
          <Group justify="flex-end">
            <Button onClick={save} disabled={!canSave} loading={create.isPending}>
              {t('needs.create.save')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
