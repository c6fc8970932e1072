import {
  COST_CATEGORIES,
  ENVELOPE_STATUSES,
  FUNDING_SOURCE_KINDS,
  type TCostCategory,
  type TEnvelope,
  type TEnvelopeInput,
  type TEnvelopeStatus,
  type TFundingSource,
  type TFundingSourceInput,
  type TFundingSourceKind,
  type TFunctionalArea,
} from '@formasaun/shared';
import { MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/errors';
import { areaOptions } from '../areas/labels';
import { FormFooter } from '../strategy/StrategyForms';

interface FormProps<T> {
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (input: T) => void;
}

const SOURCE_FIELDS = ['name', 'kind', 'notes'] as const;
export function SourceForm({ source, ...props }: FormProps<TFundingSourceInput> & { source: TFundingSource | null }) {
  const { t } = useTranslation();
  const [name, setName] = useState(source?.name ?? '');
  const [kind, setKind] = useState<TFundingSourceKind>(source?.kind ?? 'donor');
  const [notes, setNotes] = useState(source?.notes ?? '');
  const errors = fieldErrors(props.error);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit({ name, kind, notes: notes.trim() === '' ? null : notes });
      }}
    >
      <Stack gap="sm">
        <TextInput label={t('funding.sourceName')} placeholder={t('funding.sourceNameHint')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} required />
        <Select
          label={t('funding.kind')}
          data={FUNDING_SOURCE_KINDS.map((k) => ({ value: k, label: t(`funding.kinds.${k}`) }))}
          value={kind}
          onChange={(v) => v && setKind(v)}
          allowDeselect={false}
          error={errors.kind}
        />
        <Textarea label={t('funding.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.notes} autosize minRows={2} />
        <FormFooter error={props.error} fields={SOURCE_FIELDS} pending={props.pending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}

const ENVELOPE_FIELDS = ['sourceId', 'year', 'amount', 'status', 'functionalAreas', 'costCategories', 'note'] as const;
interface EnvelopeFormProps extends FormProps<TEnvelopeInput> {
  envelope: TEnvelope | null;
  sources: TFundingSource[];
  currency: string;
  defaultYear: number;
}

/** A budget envelope: earmarks left empty mean "any functional area" and "any cost category". */
export function EnvelopeForm({ envelope, sources, currency, defaultYear, ...props }: EnvelopeFormProps) {
  const { t } = useTranslation();
  const [sourceId, setSourceId] = useState<string | null>(envelope?.sourceId ?? sources[0]?.id ?? null);
  const [year, setYear] = useState<number | string>(envelope?.year ?? defaultYear);
  const [amount, setAmount] = useState<number | string>(envelope?.amount ?? '');
  const [status, setStatus] = useState<TEnvelopeStatus>(envelope?.status ?? 'pledged');
  const [areas, setAreas] = useState<string[]>(envelope?.functionalAreas ?? []);
  const [categories, setCategories] = useState<string[]>(envelope?.costCategories ?? []);
  const [note, setNote] = useState(envelope?.note ?? '');
  const errors = fieldErrors(props.error);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit({
          sourceId: sourceId ?? '',
          year: Number(year),
          amount: amount === '' ? 0 : Number(amount),
          status,
          functionalAreas: areas as TFunctionalArea[],
          costCategories: categories as TCostCategory[],
          note: note.trim() === '' ? null : note,
        });
      }}
    >
      <Stack gap="sm">
        <Select
          label={t('funding.source')}
          data={sources.map((s) => ({ value: s.id, label: s.name }))}
          value={sourceId}
          onChange={setSourceId}
          allowDeselect={false}
          error={errors.sourceId}
          required
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <NumberInput label={t('funding.year')} value={year} onChange={setYear} min={2000} max={2100} allowDecimal={false} error={errors.year} required />
          <NumberInput
            label={t('funding.amountIn', { currency })}
            value={amount}
            onChange={setAmount}
            min={0}
            decimalScale={2}
            thousandSeparator=" "
            error={errors.amount}
            required
          />
          <Select
            label={t('funding.status')}
            data={ENVELOPE_STATUSES.map((s) => ({ value: s, label: t(`funding.statuses.${s}`) }))}
            value={status}
            onChange={(v) => v && setStatus(v)}
            allowDeselect={false}
            error={errors.status}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('funding.earmarkAreas')}
          description={t('funding.earmarkAreasHint')}
          data={areaOptions(t)}
          value={areas}
          onChange={setAreas}
          searchable
          clearable
          error={errors.functionalAreas}
          nothingFoundMessage={t('common.nothingFound')}
        />
        <MultiSelect
          label={t('funding.earmarkCategories')}
          description={t('funding.earmarkCategoriesHint')}
          data={COST_CATEGORIES.map((c) => ({ value: c, label: t(`funding.categories.${c}`) }))}
          value={categories}
          onChange={setCategories}
          clearable
          error={errors.costCategories}
        />
        <TextInput label={t('funding.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
        <FormFooter error={props.error} fields={ENVELOPE_FIELDS} pending={props.pending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}

export function CurrencyForm({ currency, ...props }: FormProps<{ currency: string }> & { currency: string }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(currency);
  const errors = fieldErrors(props.error);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit({ currency: value });
      }}
    >
      <Stack gap="sm">
        <TextInput label={t('funding.currency')} description={t('funding.currencyHint')} value={value} onChange={(e) => setValue(e.currentTarget.value.toUpperCase())} maxLength={3} error={errors.currency} required />
        <FormFooter error={props.error} fields={['currency']} pending={props.pending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}
