import type { TPlanDetail, TPlanSettings } from '@formasaun/shared';
import { Button, Checkbox, Group, Modal, NumberInput, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrors } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCan } from '../auth/session';
import { useCreateScenario, useFundingSourceOptions } from './api';
import { presetSettings, SCENARIO_PRESETS, type Preset } from './plan-views';

const asPercent = (factor: number) => Math.round(factor * 100);
const toNumber = (v: string | number, fallback: number) => (typeof v === 'number' ? v : Number(v) || fallback);

/** A copy of the plan (pins included) with changed inputs: the three usual questions, or any settings. */
export function ScenarioDialog({ plan, opened, onClose }: { plan: TPlanDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const can = useCan();
  const sources = useFundingSourceOptions(opened && can('FundingRead'));
  const create = useCreateScenario(plan.id);
  const [preset, setPreset] = useState<Preset>('budgetCut');
  const [settings, setSettings] = useState<TPlanSettings>(() => presetSettings('budgetCut', plan.settings));
  const nameFor = (p: Preset) => `${plan.name} — ${t(`planning.scenario.preset.${p}`)}`;
  const [name, setName] = useState(() => nameFor('budgetCut'));
  const set = <K extends keyof TPlanSettings>(key: K, value: TPlanSettings[K]) => setSettings((s) => ({ ...s, [key]: value }));
  const errors = fieldErrors(create.error);

  const choose = (p: Preset) => {
    // Only a name the user has not changed follows the preset.
    if (name === nameFor(preset)) setName(nameFor(p));
    setPreset(p);
    setSettings(presetSettings(p, plan.settings));
  };

  const close = () => {
    create.reset();
    onClose();
  };
  const save = () =>
    create.mutate(
      { name, settings },
      {
        onSuccess: (scenario) => {
          onClose();
          void navigate(`/plans/${scenario.id}`);
        },
      },
    );

  const showSources = preset === 'donorWithdraws' || preset === 'custom';
  return (
    <Modal opened={opened} onClose={close} title={t('planning.scenario.title')} size="lg" closeButtonProps={{ 'aria-label': t('planning.close') }}>
      <Stack>
        <Text size="sm">{t('planning.scenario.hint')}</Text>
        <Radio.Group label={t('planning.scenario.what')} value={preset} onChange={(v) => choose(SCENARIO_PRESETS.find((p) => p === v) ?? 'custom')}>
          <Stack gap="xs" mt="xs">
            {SCENARIO_PRESETS.map((p) => (
              <Radio key={p} value={p} label={t(`planning.scenario.preset.${p}`)} description={t(`planning.scenario.presetHint.${p}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <TextInput label={t('planning.scenario.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <NumberInput
            label={t('planning.settings.budget')}
            description={t('planning.settings.budgetHint')}
            min={0}
            max={500}
            suffix=" %"
            value={asPercent(settings.budgetFactor)}
            onChange={(v) => set('budgetFactor', toNumber(v, 100) / 100)}
            error={errors.settings}
          />
          <NumberInput
            label={t('planning.settings.trainerDays')}
            description={t('planning.settings.trainerDaysHint')}
            min={0}
            max={500}
            suffix=" %"
            value={asPercent(settings.trainerDaysFactor)}
            onChange={(v) => set('trainerDaysFactor', toNumber(v, 100) / 100)}
          />
        </SimpleGrid>
        {showSources && (
          <Checkbox.Group
            label={t('planning.settings.excludedSources')}
            description={t('planning.settings.excludedSourcesHint')}
            value={settings.excludedSourceIds}
            onChange={(ids) => set('excludedSourceIds', ids)}
          >
            {sources.data ? (
              <Stack gap="xs" mt="xs">
                {sources.data.map((s) => (
                  <Checkbox key={s.id} value={s.id} label={s.name} />
                ))}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed" mt="xs">
                {sources.isLoading ? t('common.loading') : t('planning.settings.noSources')}
              </Text>
            )}
          </Checkbox.Group>
        )}
        <Checkbox label={t('planning.settings.includePledged')} description={t('planning.settings.includePledgedHint')} checked={settings.includePledged} onChange={(e) => set('includePledged', e.currentTarget.checked)} />
        <NumberInput
          label={t('planning.settings.timeLimit')}
          min={1}
          max={600}
          suffix=" s"
          value={settings.timeLimitSeconds}
          onChange={(v) => set('timeLimitSeconds', Math.min(600, Math.max(1, Math.round(toNumber(v, 20)))))}
          maw={240}
        />
        {create.error && <ErrorAlert error={create.error} fields={['name', 'settings']} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} disabled={name.trim() === '' || (preset === 'donorWithdraws' && settings.excludedSourceIds.length === 0 && !!sources.data)} loading={create.isPending}>
            {t('planning.scenario.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
