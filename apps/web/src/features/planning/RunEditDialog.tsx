import type { TPlanDetail } from '@formasaun/shared';
import { Button, Divider, Group, Modal, NativeSelect, NumberInput, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useEditRun, usePin, useUnpin, type TCourseOption } from './api';
import { courseTitle, periodName } from './labels';
import type { CourseInfo } from './plan-views';
import { ScrollTable } from './ScrollTable';

/** A cell of the timeline; `course` is null when a course not yet in the plan is being chosen. */
export interface RunTarget {
  course: CourseInfo | null;
  period: string;
}

interface RunEditDialogProps {
  plan: TPlanDetail;
  target: RunTarget | null;
  /** Catalogue courses with no row in the timeline yet. */
  others: TCourseOption[];
  onClose: () => void;
}

const toCount = (v: string | number) => Math.min(50, Math.max(0, Math.round(typeof v === 'number' ? v : Number(v) || 0)));

/**
 * Manual control of one course in one quarter: pin a run count for the next optimisation, forbid it, or change the
 * result by hand. The API checks every change and lists what it breaks; nothing is fixed silently.
 */
export function RunEditDialog({ plan, target, others, onClose }: RunEditDialogProps) {
  const { t } = useTranslation();
  const pin = usePin(plan.id);
  const unpin = useUnpin(plan.id);
  const editRun = useEditRun(plan.id);
  const [courseId, setCourseId] = useState<string | null>(target?.course?.courseId ?? null);
  const [period, setPeriod] = useState(target?.period ?? plan.periods[0] ?? '');
  const run = plan.runs.find((r) => r.courseId === courseId && r.period === period);
  const currentPin = plan.pins.find((p) => p.courseId === courseId && p.period === period) ?? null;
  const [count, setCount] = useState<number>(run?.count ?? currentPin?.count ?? 1);
  const [participants, setParticipants] = useState<Record<string, number>>(() => ({ ...(run?.participants ?? {}) }));
  const [touched, setTouched] = useState(false);
  const groups = useMemo(() => new Map(plan.groups.map((g) => [g.id, g])), [plan.groups]);
  const [addGroup, setAddGroup] = useState<string | null>(null);
  const pending = pin.isPending || unpin.isPending || editRun.isPending;
  const error = pin.error ?? unpin.error ?? editRun.error;

  const courseName = target?.course
    ? `${target.course.code} · ${courseTitle(target.course)}`
    : (() => {
        const c = others.find((o) => o.id === courseId);
        return c ? `${c.code} · ${courseTitle(c)}` : '';
      })();

  const done = (message: string) => () => {
    notifications.show({ color: 'teal', message });
    onClose();
  };
  const reset = () => {
    pin.reset();
    unpin.reset();
    editRun.reset();
  };
  const doPin = (n: number) => {
    if (!courseId) return;
    reset();
    pin.mutate({ courseId, period, count: n }, { onSuccess: done(n === 0 ? t('planning.edit.forbidDone') : t('planning.edit.pinDone')) });
  };
  const doUnpin = () => {
    if (!courseId) return;
    reset();
    unpin.mutate({ courseId, period }, { onSuccess: done(t('planning.edit.unpinDone')) });
  };
  const doEdit = () => {
    if (!courseId) return;
    reset();
    editRun.mutate({ courseId, period, count, ...(touched ? { participants } : {}) }, { onSuccess: done(t('planning.edit.editDone')) });
  };

  const groupLabel = (id: string) => {
    const g = groups.get(id);
    return g ? `${g.orgUnitName} · ${g.positionName}` : id;
  };
  const listed = Object.keys(participants);
  const addable = plan.groups.filter((g) => !listed.includes(g.id));

  return (
    <Modal opened={target !== null} onClose={onClose} title={target?.course ? t('planning.edit.title') : t('planning.edit.addTitle')} size="lg" closeButtonProps={{ 'aria-label': t('planning.close') }}>
      <Stack>
        {target?.course ? (
          <div>
            <Text fw={600}>{courseName}</Text>
            <Text size="sm" c="dimmed">
              {periodName(t, period)}
            </Text>
          </div>
        ) : (
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select
              label={t('planning.edit.course')}
              data={others.map((c) => ({ value: c.id, label: `${c.code} · ${courseTitle(c)}` }))}
              value={courseId}
              onChange={setCourseId}
              searchable
              required
            />
            <NativeSelect label={t('planning.edit.period')} data={plan.periods.map((p) => ({ value: p, label: periodName(t, p) }))} value={period} onChange={(e) => setPeriod(e.currentTarget.value)} />
          </SimpleGrid>
        )}
        <Text size="sm">
          {run
            ? t('planning.edit.current', { count: run.count, participants: run.totalParticipants })
            : t('planning.edit.noRuns')}
          {currentPin && ` ${currentPin.count === 0 ? t('planning.edit.isForbidden') : t('planning.edit.isPinned', { count: currentPin.count })}`}
        </Text>
        {/* The count serves both actions: pin it for the next optimisation, or change the result now. */}
        <Group align="flex-end" gap="xs" wrap="wrap">
          <NumberInput label={t('planning.edit.count')} min={0} max={50} value={count} onChange={(v) => setCount(toCount(v))} w={110} />
          <Button onClick={() => doPin(count)} disabled={!courseId || pending} loading={pin.isPending && pin.variables?.count !== 0}>
            {t('planning.edit.pin', { count })}
          </Button>
          <Button variant="default" onClick={doEdit} disabled={!courseId || pending} loading={editRun.isPending}>
            {t('planning.edit.save')}
          </Button>
        </Group>
        <Group gap="xs" wrap="wrap">
          <Button variant="default" size="xs" onClick={() => doPin(0)} disabled={!courseId || pending} loading={pin.isPending && pin.variables?.count === 0}>
            {t('planning.edit.forbid')}
          </Button>
          {currentPin && (
            <Button variant="default" size="xs" onClick={doUnpin} disabled={pending} loading={unpin.isPending}>
              {t('planning.edit.unpin')}
            </Button>
          )}
        </Group>
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t('planning.edit.pinHint')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('planning.edit.byHandHint')}
          </Text>
        </Stack>
        <Divider label={t('planning.edit.byHand')} labelPosition="left" />
        {listed.length > 0 && (
          <ScrollTable label={t('planning.edit.participants')} minWidth={360}>
            <Table verticalSpacing={4} aria-label={t('planning.edit.participants')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('planning.groups.group')}</Table.Th>
                  <Table.Th w={140}>{t('planning.edit.participants')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {listed.map((id) => (
                  <Table.Tr key={id}>
                    <Table.Td>
                      <Text size="sm">{groupLabel(id)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={t('planning.edit.participantsOf', { group: groupLabel(id) })}
                        min={0}
                        max={100000}
                        size="xs"
                        value={participants[id] ?? 0}
                        onChange={(v) => {
                          setTouched(true);
                          setParticipants((p) => ({ ...p, [id]: Math.max(0, Math.round(typeof v === 'number' ? v : Number(v) || 0)) }));
                        }}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        {addable.length > 0 && (
          <Select
            label={t('planning.edit.addGroup')}
            data={addable.map((g) => ({ value: g.id, label: groupLabel(g.id) }))}
            value={addGroup}
            onChange={(v) => {
              setAddGroup(null);
              if (v) {
                setTouched(true);
                setParticipants((p) => ({ ...p, [v]: 0 }));
              }
            }}
            searchable
            clearable
            maw={420}
          />
        )}
        {error && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
