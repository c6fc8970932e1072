import { COST_CATEGORIES, type TCourse } from '@formasaun/shared';
import { Anchor, Badge, Button, Drawer, Group, List, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { ToneBadge } from '../../components/ToneBadge';
import { currentLocale } from '../../i18n';
import { areaLabel } from '../areas/labels';
import { useCourse, useDeleteCourse, useSetCourseStatus } from './api';
import { competencyName, courseSummary, courseTitle, formatDays, formatMoney, raiseLabel } from './labels';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

interface CourseDrawerProps {
  courseId: string | null;
  currency: string;
  canWrite: boolean;
  onClose: () => void;
  onEdit: (course: TCourse) => void;
  onOpen: (id: string) => void;
}

/** Every field of one course, with edit, archive/restore and delete for those who may change the catalogue. */
export function CourseDrawer({ courseId, currency, canWrite, onClose, onEdit, onOpen }: CourseDrawerProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const course = useCourse(courseId);
  const c = course.data;
  return (
    <Drawer
      opened={courseId !== null}
      onClose={onClose}
      position="right"
      size={isPhone ? '100%' : 'xl'}
      title={c ? `${c.code} · ${courseTitle(c)}` : ''}
      closeButtonProps={{ 'aria-label': t('catalogue.detail.close') }}
    >
      {course.error ? <ErrorAlert error={course.error} /> : !c ? <PageLoader /> : <CourseDetail course={c} currency={currency} canWrite={canWrite} onEdit={onEdit} onOpen={onOpen} onClose={onClose} />}
    </Drawer>
  );
}

function CourseDetail({ course: c, currency, canWrite, onEdit, onOpen, onClose }: Omit<CourseDrawerProps, 'courseId'> & { course: TCourse }) {
  const { t } = useTranslation();
  const money = (v: number) => formatMoney(v, currency);
  const setStatus = useSetCourseStatus();
  const remove = useDeleteCourse();
  const [confirming, setConfirming] = useState(false);
  const links = (refs: TCourse['prerequisites']) =>
    refs.length === 0 ? (
      <Text size="sm">{t('catalogue.detail.none')}</Text>
    ) : (
      <Group gap="xs">
        {refs.map((r) => (
          <Anchor key={r.id} component="button" type="button" size="sm" ta="left" onClick={() => onOpen(r.id)}>
            {`${r.code} · ${courseTitle(r)}`}
          </Anchor>
        ))}
      </Group>
    );
  const q = c.trainerQualification;
  const trainerCompetency = q.competencyCode ? c.raises.find((r) => r.competencyCode === q.competencyCode) : undefined;

  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge variant="light">{areaLabel(t, c.functionalArea)}</Badge>
        <ToneBadge tone={c.status === 'active' ? 'positive' : 'neutral'}>{t(`catalogue.status.${c.status}`)}</ToneBadge>
      </Group>
      {canWrite && (
        <Group gap="xs">
          <Button size="xs" onClick={() => onEdit(c)}>
            {t('catalogue.detail.edit')}
          </Button>
          <Button
            size="xs"
            variant="default"
            loading={setStatus.isPending}
            onClick={() =>
              setStatus.mutate(
                { id: c.id, action: c.status === 'active' ? 'archive' : 'restore' },
                { onSuccess: (r) => notifications.show({ color: 'teal', message: t(r.status === 'archived' ? 'catalogue.detail.archived' : 'catalogue.detail.restored') }) },
              )
            }
          >
            {c.status === 'active' ? t('catalogue.detail.archive') : t('catalogue.detail.restore')}
          </Button>
          <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
            {t('catalogue.detail.delete')}
          </Button>
        </Group>
      )}
      {setStatus.error ? <ErrorAlert error={setStatus.error} /> : null}

      {courseSummary(c) && (
        <Section title={t('catalogue.detail.summary')}>
          <Text size="sm">{courseSummary(c)}</Text>
        </Section>
      )}
      <Section title={t('catalogue.detail.outcomes')}>
        {c.learningOutcomes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('catalogue.detail.noOutcomes')}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {c.learningOutcomes.map((o, i) => (
              <List.Item key={i}>{currentLocale() === 'pt' ? o.pt : o.en}</List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section title={t('catalogue.detail.raises')}>
        <Text size="xs" c="dimmed">
          {t('catalogue.detail.raisesHint')}
        </Text>
        <List size="sm" spacing={2}>
          {c.raises.map((r) => (
            <List.Item key={r.competencyCode}>
              <Text span size="sm" fw={500}>
                {raiseLabel(r)}
              </Text>{' '}
              <Text span size="sm" c="dimmed">
                {r.nameEn === null ? `(${t('catalogue.detail.unknownCompetency')})` : competencyName(r)}
              </Text>
            </List.Item>
          ))}
        </List>
      </Section>
      <Section title={t('catalogue.detail.format')}>
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" verticalSpacing="xs">
          <Fact label={t('catalogue.detail.length')}>{formatDays(t, c.days)}</Fact>
          <Fact label={t('catalogue.detail.participants')}>{t('catalogue.detail.participantsValue', { min: c.minParticipants, max: c.capacity })}</Fact>
          <Fact label={t('catalogue.detail.delivery')}>{t(`catalogue.delivery.${c.delivery}`)}</Fact>
          <Fact label={t('catalogue.detail.methods')}>{c.methods.map((m) => t(`catalogue.method.${m}`)).join(', ')}</Fact>
          <Fact label={t('catalogue.detail.languages')}>{c.languages.join(', ')}</Fact>
          <Fact label={t('catalogue.detail.maxRuns')}>{c.maxRunsPerYear ?? t('catalogue.detail.maxRunsUnlimited')}</Fact>
        </SimpleGrid>
      </Section>
      <Section title={t('catalogue.detail.prerequisites')}>{links(c.prerequisites)}</Section>
      {c.requiredBy.length > 0 && <Section title={t('catalogue.detail.requiredBy')}>{links(c.requiredBy)}</Section>}
      <Section title={t('catalogue.detail.positions')}>
        <Text size="sm">{c.eligiblePositions.length === 0 ? t('catalogue.detail.allPositions') : c.eligiblePositions.map((p) => `${p.code} · ${p.title}`).join(', ')}</Text>
      </Section>
      <Section title={t('catalogue.detail.trainer')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
          <Fact label={t('catalogue.detail.trainerQualification')}>
            {q.text || '—'}
            {q.competencyCode && q.minLevel !== null && (
              <Text span size="sm" display="block">
                {t('catalogue.detail.trainerCompetency', { competency: trainerCompetency ? competencyName(trainerCompetency) : q.competencyCode, level: q.minLevel })}
              </Text>
            )}
          </Fact>
          <Fact label={t('catalogue.detail.trainersPerRun')}>{c.trainersPerRun}</Fact>
          <Fact label={t('catalogue.detail.trainerDays')}>{c.isTrainerDaysDefault ? t('catalogue.detail.trainerDaysDefault', { days: c.trainerDays }) : c.trainerDays}</Fact>
        </SimpleGrid>
      </Section>
      <Section title={t('catalogue.detail.costs')}>
        <Table.ScrollContainer minWidth={320}>
          <Table verticalSpacing={4} aria-label={t('catalogue.detail.costs')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('catalogue.detail.category')}</Table.Th>
                <Table.Th ta="right">{t('catalogue.detail.fixed')}</Table.Th>
                <Table.Th ta="right">{t('catalogue.detail.perParticipant')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {COST_CATEGORIES.map((cat) => (
                <Table.Tr key={cat}>
                  <Table.Td>{t(`catalogue.cost.${cat}`)}</Table.Td>
                  <Table.Td ta="right">{money(c.fixedCostByCategory[cat] ?? 0)}</Table.Td>
                  <Table.Td ta="right">{money(c.costPerParticipantByCategory[cat] ?? 0)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td>{t('catalogue.detail.total')}</Table.Td>
                <Table.Td ta="right">{money(c.fixedCost)}</Table.Td>
                <Table.Td ta="right">{money(c.costPerParticipant)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="sm">{t('catalogue.detail.fullRun', { count: c.capacity, cost: money(c.fullRunCost) })}</Text>
      </Section>

      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('catalogue.detail.deleteTitle')} centered>
        <Stack>
          <Text>{t('catalogue.detail.deleteConfirm', { code: c.code, title: courseTitle(c) })}</Text>
          {remove.error ? <ErrorAlert error={remove.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(c.id, {
                  onSuccess: () => {
                    notifications.show({ color: 'teal', message: t('catalogue.detail.deleted') });
                    setConfirming(false);
                    onClose();
                  },
                })
              }
            >
              {t('catalogue.detail.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
