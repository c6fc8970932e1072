import { type TCourse, type TCourseListQuery } from '@formasaun/shared';
import { Badge, Button, Group, Modal, Paper, SegmentedControl, Select, Stack, Table, Text, TextInput, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Fragment, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { ToneBadge } from '../../components/ToneBadge';
import { currentLocale } from '../../i18n';
import { areaLabel, areaOptions } from '../areas/labels';
import { useCan, useSession } from '../auth/session';
import { useFrameworks, useFrameworkVersion } from '../competency/api';
import { usePositions } from '../organisation/api';
import { useCourses, useInstallDefaultCatalogue, useSaveCourse } from './api';
import { CatalogueImport } from './CatalogueImport';
import { inputOf } from './course-draft';
import { CourseDrawer } from './CourseDrawer';
import { CourseForm } from './CourseForm';
import { competencyName, courseTitle, formatDays, formatMoney, raiseLevels } from './labels';

type StatusFilter = 'active' | 'archived' | 'all';

/** The newest framework version: its competencies are the ones a course may raise. */
function useCompetencyOptions() {
  const frameworks = useFrameworks();
  const latestId = useMemo(() => {
    const versions = (frameworks.data ?? []).flatMap((f) => f.versions);
    versions.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.version - a.version);
    return versions[0]?.id ?? null;
  }, [frameworks.data]);
  const version = useFrameworkVersion(latestId);
  return useMemo(() => {
    const pt = currentLocale() === 'pt';
    return (version.data?.areas ?? []).map((a) => ({
      group: pt ? a.namePt : a.nameEn,
      items: (version.data?.competencies ?? []).filter((c) => c.areaCode === a.code).map((c) => ({ value: c.code, label: `${c.code} · ${pt ? c.namePt : c.nameEn}` })),
    }));
  }, [version.data]);
}

/** The competencies a course raises, by name (the code in a tooltip); long names wrap inside their badge. */
function Raises({ course }: { course: TCourse }) {
  return (
    <Group gap={4}>
      {course.raises.map((r) => (
        <Tooltip key={r.competencyCode} label={r.competencyCode} withArrow openDelay={200}>
          <Badge variant="light" tt="none" size="sm" h="auto" py={2} styles={{ label: { whiteSpace: 'normal', lineHeight: 1.3 } }}>
            {`${competencyName(r)} ${raiseLevels(r)}`}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}

function CourseTable({ items, money, onOpen }: { items: TCourse[]; money: (v: number) => string; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('catalogue.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('catalogue.col.code')}</Table.Th>
            <Table.Th>{t('catalogue.col.title')}</Table.Th>
            <Table.Th ta="right">{t('catalogue.col.days')}</Table.Th>
            <Table.Th ta="right">{t('catalogue.col.capacity')}</Table.Th>
            <Table.Th ta="right">{t('catalogue.col.fullRunCost')}</Table.Th>
            <Table.Th>{t('catalogue.col.raises')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c, i) => (
            <Fragment key={c.id}>
              {(i === 0 || items[i - 1]!.functionalArea !== c.functionalArea) && (
                <Table.Tr>
                  <Table.Th colSpan={6} bg="var(--mantine-color-gray-1)">
                    {areaLabel(t, c.functionalArea)}
                  </Table.Th>
                </Table.Tr>
              )}
              <Table.Tr>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <UnstyledButton onClick={() => onOpen(c.id)} fw={600} fz="sm" c="var(--mantine-primary-color-filled)">
                    {c.code}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{courseTitle(c)}</Text>
                  {c.status === 'archived' && <ToneBadge tone="neutral">{t('catalogue.status.archived')}</ToneBadge>}
                </Table.Td>
                <Table.Td ta="right">{c.days}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t('catalogue.capacityRange', { min: c.minParticipants, max: c.capacity })}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {money(c.fullRunCost)}
                </Table.Td>
                <Table.Td>
                  <Raises course={c} />
                </Table.Td>
              </Table.Tr>
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Phones: one card per course, tapping opens it. */
function CourseCards({ items, money, onOpen }: { items: TCourse[]; money: (v: number) => string; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((c) => (
        <li key={c.id}>
          <UnstyledButton onClick={() => onOpen(c.id)} w="100%" aria-label={`${c.code} · ${courseTitle(c)}`}>
          <Paper withBorder p="sm">
            <Stack gap={4}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text fw={600} size="sm">{`${c.code} · ${courseTitle(c)}`}</Text>
                {c.status === 'archived' && <ToneBadge tone="neutral">{t('catalogue.status.archived')}</ToneBadge>}
              </Group>
              <Text size="xs" c="dimmed">
                {`${areaLabel(t, c.functionalArea)} · ${formatDays(t, c.days)} · ${t('catalogue.participantsRange', { min: c.minParticipants, max: c.capacity })} · ${money(c.fullRunCost)}`}
              </Text>
              <Raises course={c} />
            </Stack>
          </Paper>
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}

export default function CataloguePage() {
  const { t } = useTranslation();
  const can = useCan();
  const canWrite = can('CatalogueWrite');
  const currency = useSession().administration.currency;
  const money = (v: number) => formatMoney(v, currency);
  const isPhone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [params, setParams] = useSearchParams();
  const area = params.get('area');
  const status = (params.get('status') as StatusFilter | null) ?? 'active';
  const openId = params.get('course');
  const setParam = (key: string, value: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  useEffect(() => {
    if (debounced !== (params.get('q') ?? '')) setParam('q', debounced || null);
  }, [debounced]);

  const query: TCourseListQuery = {
    ...(area ? { functionalArea: area as TCourseListQuery['functionalArea'] } : {}),
    ...(status !== 'all' ? { status } : {}),
    ...(params.get('q') ? { search: params.get('q')! } : {}),
  };
  const courses = useCourses(query);
  const everything = useCourses({});
  const install = useInstallDefaultCatalogue();
  const save = useSaveCourse();
  const positions = usePositions();
  const competencyOptions = useCompetencyOptions();
  const [editing, setEditing] = useState<TCourse | 'new' | null>(null);

  const courseOptions = (everything.data ?? [])
    .filter((c) => editing === 'new' || editing === null || c.id !== editing.id)
    .map((c) => ({ value: c.id, label: `${c.code} · ${courseTitle(c)}` }));
  const positionOptions = (positions.data ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.title}` }));
  const closeEdit = () => {
    save.reset();
    setEditing(null);
  };

  if (everything.isPending) return <PageLoader />;
  if (everything.error) return <ErrorAlert error={everything.error} />;
  const isEmpty = everything.data.length === 0;
  const items = courses.data ?? [];

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('catalogue.title')}</Title>
        {canWrite && <Button onClick={() => setEditing('new')}>{t('catalogue.add')}</Button>}
      </Group>
      <Text c="dimmed" size="sm">
        {t('catalogue.intro')}
      </Text>
      <CatalogueImport canWrite={canWrite} />

      {isEmpty ? (
        <Paper withBorder p="md">
          <Stack gap="sm" align="flex-start">
            <Title order={2} size="h4">
              {t('catalogue.empty.title')}
            </Title>
            <Text size="sm">{t('catalogue.empty.text')}</Text>
            {canWrite && (
              <Button
                loading={install.isPending}
                onClick={() =>
                  install.mutate(undefined, {
                    onSuccess: (r) =>
                      notifications.show({
                        color: 'teal',
                        message: [t('catalogue.empty.installed', { count: r.created }), r.skippedCompetencies.length ? t('catalogue.empty.skipped', { codes: r.skippedCompetencies.join(', ') }) : '']
                          .filter(Boolean)
                          .join(' '),
                      }),
                  })
                }
              >
                {t('catalogue.empty.install')}
              </Button>
            )}
            {install.error ? <ErrorAlert error={install.error} /> : null}
          </Stack>
        </Paper>
      ) : (
        <>
          <Paper withBorder p="sm">
            <Group align="flex-end" gap="sm">
              <TextInput
                label={t('catalogue.search')}
                description={t('catalogue.searchHint')}
                type="search"
                value={search}
                onChange={(e) => setSearch(e.currentTarget.value)}
                style={{ flex: '1 1 14rem' }}
              />
              <Select
                label={t('catalogue.col.area')}
                placeholder={t('catalogue.allAreas')}
                data={areaOptions(t)}
                value={area}
                onChange={(v) => setParam('area', v)}
                clearable
                searchable
                style={{ flex: '1 1 14rem' }}
              />
              <SegmentedControl
                aria-label={t('catalogue.statusFilter.label')}
                value={status}
                onChange={(v) => setParam('status', v === 'active' ? null : v)}
                data={(['active', 'archived', 'all'] as const).map((s) => ({ value: s, label: t(`catalogue.statusFilter.${s}`) }))}
              />
            </Group>
          </Paper>
          {courses.error && <ErrorAlert error={courses.error} />}
          <Text size="sm" c="dimmed" role="status">
            {items.length === 0 ? t('catalogue.noResults') : t('catalogue.showing', { count: items.length })}
          </Text>
          {items.length > 0 &&
            (isPhone ? (
              <CourseCards items={items} money={money} onOpen={(id) => setParam('course', id)} />
            ) : (
              <Paper withBorder style={{ opacity: courses.isPlaceholderData ? 0.6 : 1 }}>
                <CourseTable items={items} money={money} onOpen={(id) => setParam('course', id)} />
              </Paper>
            ))}
        </>
      )}

      <CourseDrawer
        courseId={openId}
        currency={currency}
        canWrite={canWrite}
        onClose={() => setParam('course', null)}
        onOpen={(id) => setParam('course', id)}
        onEdit={(c) => setEditing(c)}
      />
      <Modal
        opened={editing !== null}
        onClose={closeEdit}
        title={editing === 'new' || editing === null ? t('catalogue.form.addTitle') : t('catalogue.form.editTitle', { code: editing.code })}
        size="xl"
        fullScreen={isPhone}
      >
        {editing !== null && (
          <CourseForm
            key={editing === 'new' ? 'new' : editing.id}
            course={editing === 'new' ? null : editing}
            currency={currency}
            competencyOptions={competencyOptions}
            courseOptions={courseOptions}
            positionOptions={positionOptions}
            pending={save.isPending}
            error={save.error}
            onCancel={closeEdit}
            onSubmit={(draft) =>
              save.mutate(
                { id: editing === 'new' ? null : editing.id, input: inputOf(draft) },
                {
                  onSuccess: (saved) => {
                    notifications.show({ color: 'teal', message: t('catalogue.form.saved') });
                    closeEdit();
                    setParam('course', saved.id);
                  },
                },
              )
            }
          />
        )}
      </Modal>
    </Stack>
  );
}
