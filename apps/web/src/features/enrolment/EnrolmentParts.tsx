import type { TEnrolment, TEnrolmentStatus } from '@formasaun/shared';
import { Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { ToneBadge } from '../../components/ToneBadge';
import { courseTitle, STATUS_TONE, useDecide } from './api';

export function StatusBadge({ status, position }: { status: TEnrolmentStatus; position?: number | null }) {
  const { t } = useTranslation();
  return (
    <ToneBadge tone={STATUS_TONE[status]}>
      {status === 'waitlisted' && position ? t('enrolment.waitlistPosition', { position }) : t(`enrolment.status.${status}`)}
    </ToneBadge>
  );
}

/** Asks for a reason (required for a decline, optional for a withdrawal) and calls back with it. */
export function ReasonModal(props: {
  opened: boolean;
  title: string;
  confirm: string;
  required: boolean;
  busy: boolean;
  error: unknown;
  onClose: () => void;
  onConfirm: (reason: string | undefined) => void;
  /** Red for declines and withdrawals; the theme's colour for a request. */
  color?: string;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const missing = props.required && reason.trim() === '';
  const close = () => {
    setReason('');
    props.onClose();
  };
  return (
    <Modal opened={props.opened} onClose={close} title={props.title}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!missing) props.onConfirm(reason.trim() || undefined);
        }}
      >
        <Stack>
          <Textarea
            label={props.required ? t('enrolment.reason') : t('enrolment.reasonOptional')}
            description={t('enrolment.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value.replace(/[\r\n]+/g, ' '))}
            maxLength={500}
            autosize
            minRows={2}
            required={props.required}
            data-autofocus
          />
          <ErrorAlert error={props.error} fields={['body.reason']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={props.color ?? 'red'} loading={props.busy} disabled={missing}>
              {props.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** One enrolment as a card row: who (or which session), status, and the actions the caller allows. */
export function EnrolmentCard({ e, show, actions }: { e: TEnrolment; show: 'officer' | 'session' | 'both'; actions?: ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="sm">
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 14rem' }}>
          {show !== 'session' && (
            <Text fw={600} size="sm">
              {e.officerName} <Text span c="dimmed" size="xs">{e.employeeNumber}</Text>
            </Text>
          )}
          {show !== 'session' && (
            <Text size="xs" c="dimmed">
              {[e.orgUnitName, e.positionTitle].filter(Boolean).join(' · ')}
            </Text>
          )}
          {show !== 'officer' && (
            <Text size="sm" fw={show === 'session' ? 600 : 400}>
              {e.courseCode} — {courseTitle(e)}
            </Text>
          )}
          {show !== 'officer' && (
            <Text size="xs" c="dimmed">
              {e.sessionCode} · {formatDate(e.startDay)} – {formatDate(e.endDay)}
            </Text>
          )}
          {e.reason && (
            <Text size="xs" fs="italic">
              {e.reason}
            </Text>
          )}
        </Stack>
        <Group gap="xs" wrap="wrap" justify="flex-end">
          <StatusBadge status={e.status} position={e.waitlistPosition} />
          {actions}
        </Group>
      </Group>
    </Paper>
  );
}

/** Shows what an approval did (seat or waitlist place) or why it failed. */
export function useOutcomeNotice() {
  const { t } = useTranslation();
  return {
    done: (status: TEnrolmentStatus, position?: number | null) =>
      notifications.show({
        color: 'teal',
        message: status === 'waitlisted' ? t('enrolment.doneWaitlisted', { position: position ?? '' }) : t(`enrolment.done.${status}`),
      }),
    failed: (error: unknown) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
  };
}

/** Declining a nomination or a request, with the reason the officer is told; used wherever a decision is taken. */
export function DeclineModal({ enrolment, onClose }: { enrolment: TEnrolment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const decide = useDecide();
  const notice = useOutcomeNotice();
  return (
    <ReasonModal
      opened={enrolment !== null}
      title={t('enrolment.declineTitle', { name: enrolment?.officerName ?? '' })}
      confirm={t('enrolment.decline')}
      required
      busy={decide.isPending}
      error={decide.error}
      onClose={() => {
        decide.reset();
        onClose();
      }}
      onConfirm={(reason) => enrolment && decide.mutate({ id: enrolment.id, input: { decision: 'decline', reason } }, { onSuccess: () => (onClose(), notice.done('declined')) })}
    />
  );
}
