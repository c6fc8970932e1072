import type { TKpi, TKpiDirection, TKpiInput } from '@formasaun/shared';
import { Autocomplete, Fieldset, Input, NumberInput, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { fieldErrors } from '../../api/errors';
import { FormFooter } from './StrategyForms';

const FIELDS = ['name', 'unit', 'direction', 'baselineValue', 'baselineYear', 'targets', 'source'] as const;
const UNITS = ['hours', 'days', '%', 'count', 'USD', 'score 1–5'];

interface KpiFormProps {
  kpi: TKpi | null;
  years: number[];
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (input: TKpiInput) => void;
}

const numberOrNull = (v: number | string) => (v === '' || v === null ? null : Number(v));

/** A KPI with its baseline and one target per year of the strategy (a year left empty has no target). */
export function KpiForm({ kpi, years, pending, error, onCancel, onSubmit }: KpiFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(kpi?.name ?? '');
  const [unit, setUnit] = useState(kpi?.unit ?? '');
  const [direction, setDirection] = useState<TKpiDirection>(kpi?.direction ?? 'increase');
  const [baselineValue, setBaselineValue] = useState<number | string>(kpi?.baselineValue ?? '');
  const [baselineYear, setBaselineYear] = useState<number | string>(kpi?.baselineYear ?? (years[0] ?? 2000) - 1);
  const [source, setSource] = useState(kpi?.source ?? '');
  const [targets, setTargets] = useState<Record<string, number | string>>(() => ({ ...(kpi?.targets ?? {}) }));
  const errors = fieldErrors(error);
  const yearIssue = (year: number) =>
    error instanceof ApiError ? error.fieldIssues.find((i) => i.path.endsWith(`targets.${year}`))?.message : undefined;
  // Years already targeted but outside the strategy stay visible, so the user can clear them.
  const shown = [...new Set([...years, ...Object.keys(targets).map(Number)])].sort((a, b) => a - b);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const value = numberOrNull(baselineValue);
        onSubmit({
          name,
          unit,
          direction,
          baselineValue: value,
          baselineYear: value === null ? null : numberOrNull(baselineYear),
          source: source.trim() === '' ? null : source,
          targets: Object.fromEntries(Object.entries(targets).filter(([, v]) => v !== '').map(([y, v]) => [y, Number(v)])),
        });
      }}
    >
      <Stack gap="sm">
        <TextInput label={t('strategy.kpiName')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} required />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Autocomplete label={t('strategy.unit')} description={t('strategy.unitHint')} data={UNITS} value={unit} onChange={setUnit} error={errors.unit} required />
          <Input.Wrapper label={t('strategy.direction')} error={errors.direction}>
            <SegmentedControl
              fullWidth
              value={direction}
              onChange={(v) => setDirection(v)}
              data={[
                { value: 'increase', label: t('strategy.increase') },
                { value: 'decrease', label: t('strategy.decrease') },
              ]}
            />
          </Input.Wrapper>
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <NumberInput label={t('strategy.baseline')} value={baselineValue} onChange={setBaselineValue} error={errors.baselineValue} thousandSeparator=" " />
          <NumberInput label={t('strategy.baselineYear')} value={baselineYear} onChange={setBaselineYear} min={2000} max={2100} allowDecimal={false} error={errors.baselineYear} />
        </SimpleGrid>
        <Fieldset legend={t('strategy.targets')} variant="unstyled">
          <SimpleGrid cols={{ base: 2, xs: Math.min(shown.length, 4) }}>
            {shown.map((year) => (
              <NumberInput
                key={year}
                label={String(year)}
                value={targets[String(year)] ?? ''}
                onChange={(v) => setTargets((cur) => ({ ...cur, [String(year)]: v }))}
                error={yearIssue(year)}
                thousandSeparator=" "
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <TextInput label={t('strategy.source')} description={t('strategy.sourceHint')} value={source} onChange={(e) => setSource(e.currentTarget.value)} error={errors.source} />
        <FormFooter error={error} fields={FIELDS} pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
