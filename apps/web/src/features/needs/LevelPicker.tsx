import type { TForm } from '@formasaun/shared';
import { Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { inLocale, scaleName } from './labels';

type Competency = TForm['competencies'][number];

interface LevelPickerProps {
  competency: Competency;
  scale: TForm['scale'];
  value: number | null;
  onChange: (level: number) => void;
  readOnly: boolean;
}

/** One competency: the levels of the scale by name, and the behavioural indicator of the chosen level. */
export function LevelPicker({ competency, scale, value, onChange, readOnly }: LevelPickerProps) {
  const { t } = useTranslation();
  const indicator = value === null ? null : competency.indicators[String(value)]?.[currentLocale()];
  const level = scale.find((l) => l.level === value);
  return (
    <Paper withBorder p="sm">
      <Radio.Group
        label={inLocale(competency.name)}
        description={competency.requiredLevel !== null ? t('needs.form.required', { level: competency.requiredLevel }) : undefined}
        value={value === null ? null : String(value)}
        onChange={(v) => !readOnly && onChange(Number(v))}
      >
        <Group gap="md" mt="xs" wrap="wrap">
          {scale.map((l) => (
            <Radio key={l.level} value={String(l.level)} label={`${l.level} · ${scaleName(l)}`} disabled={readOnly} />
          ))}
        </Group>
      </Radio.Group>
      <Stack gap={0} mt="xs">
        {value === null ? (
          <Text size="sm" c="dimmed">
            {t('needs.form.notRated')}
          </Text>
        ) : (
          <Text size="sm">
            <b>{level ? `${value} · ${scaleName(level)}` : value}</b>
            {indicator ? `: ${indicator}` : ''}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
