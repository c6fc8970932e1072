import type { TCompetency, TFrameworkEdit, TFrameworkEditResult, TFrameworkVersionDetail, TScaleLevel } from '@formasaun/shared';
import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { currentLocale } from '../../i18n';
import { useFrameworkEdit } from './api';

const LEVELS = ['1', '2', '3', '4'] as const;

type CompetencyDraft = {
  code: string;
  areaCode: string;
  nameEn: string;
  namePt: string;
  descriptionEn: string;
  descriptionPt: string;
  indicators: Record<(typeof LEVELS)[number], { en: string; pt: string }>;
};

function draftOf(version: TFrameworkVersionDetail, c: TCompetency | null): CompetencyDraft {
  const ind = (level: string) => ({ en: c?.indicators[level]?.en ?? '', pt: c?.indicators[level]?.pt ?? '' });
  return {
    code: c?.code ?? '',
    areaCode: c?.areaCode ?? version.areas[0]?.code ?? '',
    nameEn: c?.nameEn ?? '',
    namePt: c?.namePt ?? '',
    descriptionEn: c?.descriptionEn ?? '',
    descriptionPt: c?.descriptionPt ?? '',
    indicators: { '1': ind('1'), '2': ind('2'), '3': ind('3'), '4': ind('4') },
  };
}

/** What the framework tab is editing: a competency (null = a new one), a removal, or a scale level. */
export type FrameworkDialog =
  | { kind: 'competency'; competency: TCompetency | null }
  | { kind: 'remove'; competency: TCompetency }
  | { kind: 'scale'; level: TScaleLevel };

interface DialogProps {
  version: TFrameworkVersionDetail;
  dialog: FrameworkDialog | null;
  onClose: () => void;
  onSaved: (result: TFrameworkEditResult) => void;
}

/** The framework-edit dialogs; every change goes through POST /framework-versions/{id}/edits. */
export function FrameworkEditDialogs({ version, dialog, onClose, onSaved }: DialogProps) {
  const { t } = useTranslation();
  const edit = useFrameworkEdit(version.id);
  // mutateAsync, not mutate's callbacks: the refetch after an edit can unmount this dialog (a new version becomes the
  // latest), and react-query then drops per-call callbacks — the page would never hear of the new version.
  const submit = (body: TFrameworkEdit): void => {
    void edit
      .mutateAsync(body)
      .then((result) => {
        onSaved(result);
        onClose();
      })
      // The error shows in the dialog through edit.error.
      .catch(() => {});
  };
  const close = () => {
    edit.reset();
    onClose();
  };
  const title =
    dialog?.kind === 'competency'
      ? dialog.competency
        ? t('competency.edit.editTitle')
        : t('competency.edit.add')
      : dialog?.kind === 'remove'
        ? t('competency.edit.removeTitle')
        : t('competency.edit.renameLevel');
  return (
    <Modal opened={dialog !== null} onClose={close} title={title} size={dialog?.kind === 'competency' ? 'xl' : 'md'} centered>
      {dialog?.kind === 'competency' && (
        <CompetencyForm key={dialog.competency?.id ?? 'new'} version={version} competency={dialog.competency} pending={edit.isPending} onCancel={close} onSubmit={submit} />
      )}
      {dialog?.kind === 'remove' && (
        <Stack>
          <Text>{t('competency.edit.removeConfirm', { name: currentLocale() === 'pt' ? dialog.competency.namePt : dialog.competency.nameEn })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={edit.isPending} onClick={() => submit({ kind: 'removeCompetency', code: dialog.competency.code })}>
              {t('competency.edit.remove')}
            </Button>
          </Group>
        </Stack>
      )}
      {dialog?.kind === 'scale' && <ScaleLevelForm key={dialog.level.level} level={dialog.level} pending={edit.isPending} onCancel={close} onSubmit={submit} />}
      {edit.error && (
        <Stack mt="sm">
          <ErrorAlert error={edit.error} />
        </Stack>
      )}
    </Modal>
  );
}

interface FormProps {
  pending: boolean;
  onCancel: () => void;
  onSubmit: (edit: TFrameworkEdit) => void;
}

function Actions({ pending, onCancel }: Omit<FormProps, 'onSubmit'>) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={pending}>
        {t('common.save')}
      </Button>
    </Group>
  );
}

function CompetencyForm({ version, competency, pending, onCancel, onSubmit }: FormProps & { version: TFrameworkVersionDetail; competency: TCompetency | null }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(version, competency));
  const set = (patch: Partial<CompetencyDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setIndicator = (level: (typeof LEVELS)[number], lang: 'en' | 'pt', value: string) =>
    setDraft((d) => ({ ...d, indicators: { ...d.indicators, [level]: { ...d.indicators[level], [lang]: value } } }));
  const areaName = (a: { nameEn: string; namePt: string }) => (currentLocale() === 'pt' ? a.namePt : a.nameEn);
  const levelName = (level: string) => {
    const l = version.scale.find((s) => String(s.level) === level);
    return l ? `${level} · ${areaName(l)}` : level;
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ kind: 'upsertCompetency', ...draft, code: draft.code.trim(), sort: competency?.sort });
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('competency.edit.code')}
            description={t('competency.edit.codeHint')}
            value={draft.code}
            onChange={(e) => set({ code: e.currentTarget.value })}
            disabled={competency !== null}
            required
          />
          <NativeSelect
            label={t('competency.edit.area')}
            data={version.areas.map((a) => ({ value: a.code, label: areaName(a) }))}
            value={draft.areaCode}
            onChange={(e) => set({ areaCode: e.currentTarget.value })}
            required
          />
          <TextInput label={t('competency.edit.nameEn')} value={draft.nameEn} onChange={(e) => set({ nameEn: e.currentTarget.value })} required />
          <TextInput label={t('competency.edit.namePt')} value={draft.namePt} onChange={(e) => set({ namePt: e.currentTarget.value })} required />
          <Textarea label={t('competency.edit.descriptionEn')} value={draft.descriptionEn} onChange={(e) => set({ descriptionEn: e.currentTarget.value })} autosize minRows={2} />
          <Textarea label={t('competency.edit.descriptionPt')} value={draft.descriptionPt} onChange={(e) => set({ descriptionPt: e.currentTarget.value })} autosize minRows={2} />
        </SimpleGrid>
        <Title order={3} size="h5">
          {t('competency.edit.indicators')}
        </Title>
        {LEVELS.map((level) => (
          <SimpleGrid key={level} cols={{ base: 1, sm: 2 }}>
            <Textarea
              label={t('competency.edit.indicatorEn', { level: levelName(level) })}
              value={draft.indicators[level].en}
              onChange={(e) => setIndicator(level, 'en', e.currentTarget.value)}
              autosize
              required
            />
            <Textarea
              label={t('competency.edit.indicatorPt', { level: levelName(level) })}
              value={draft.indicators[level].pt}
              onChange={(e) => setIndicator(level, 'pt', e.currentTarget.value)}
              autosize
              required
            />
          </SimpleGrid>
        ))}
        <Actions pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

function ScaleLevelForm({ level, pending, onCancel, onSubmit }: FormProps & { level: TScaleLevel }) {
  const { t } = useTranslation();
  const [nameEn, setNameEn] = useState(level.nameEn);
  const [namePt, setNamePt] = useState(level.namePt);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ kind: 'renameScaleLevel', level: level.level, nameEn, namePt });
      }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('competency.edit.levelNumber', { level: level.level })}
        </Text>
        <TextInput label={t('competency.edit.nameEn')} value={nameEn} onChange={(e) => setNameEn(e.currentTarget.value)} required />
        <TextInput label={t('competency.edit.namePt')} value={namePt} onChange={(e) => setNamePt(e.currentTarget.value)} required />
        <Actions pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
