import type { TPriority, TPriorityInput } from '@formasaun/shared';
import { Button, Group, MultiSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { today } from '../../components/format';

const FIELDS = ['name', 'description', 'multiplier', 'validFrom', 'validTo', 'competencyCodes'] as const;

interface PriorityFormProps {
  priority: TPriority | null;
  /** Competencies of the latest framework version: value = code. */
  competencyOptions: { value: string; label: string }[];
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (input: TPriorityInput) => void;
}

/** Create or edit a strategic priority; codes already on the priority stay selectable even if the latest version dropped them. */
export function PriorityForm({ priority, competencyOptions, pending, error, onCancel, onSubmit }: PriorityFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(priority?.name ?? '');
  const [description, setDescription] = useState(priority?.description ?? '');
  const [multiplier, setMultiplier] = useState<number | string>(priority?.multiplier ?? 1);
  const [validFrom, setValidFrom] = useState(priority?.validFrom ?? today());
  const [validTo, setValidTo] = useState(priority?.validTo ?? '');
  const [codes, setCodes] = useState<string[]>(priority?.competencyCodes ?? []);
  const known = new Set(competencyOptions.map((o) => o.value));
  const options = [...competencyOptions, ...codes.filter((c) => !known.has(c)).map((c) => ({ value: c, label: c }))];
  const errors = fieldErrors(error);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({
          name,
          description: description.trim() === '' ? null : description,
          multiplier: typeof multiplier === 'number' ? multiplier : Number(multiplier),
          validFrom,
          validTo: validTo === '' ? null : validTo,
          competencyCodes: codes,
        });
      }}
    >
      <Stack gap="sm">
        <TextInput label={t('priorities.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} required />
        <Textarea
          label={t('priorities.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors.description}
          autosize
          minRows={2}
        />
        <NumberInput
          label={t('priorities.multiplier')}
          description={t('priorities.multiplierHint')}
          value={multiplier}
          onChange={setMultiplier}
          min={0.01}
          max={10}
          step={0.05}
          decimalScale={2}
          error={errors.multiplier}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('priorities.validFrom')}
            value={validFrom}
            onChange={(e) => setValidFrom(e.currentTarget.value)}
            error={errors.validFrom}
            required
          />
          <TextInput
            type="date"
            label={t('priorities.validTo')}
            description={t('priorities.validToHint')}
            value={validTo}
            min={validFrom}
            onChange={(e) => setValidTo(e.currentTarget.value)}
            error={errors.validTo}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('priorities.competencies')}
          data={options}
          value={codes}
          onChange={setCodes}
          searchable
          clearable
          error={errors.competencyCodes}
          nothingFoundMessage={t('common.nothingFound')}
        />
        {error ? <ErrorAlert error={error} fields={FIELDS} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
