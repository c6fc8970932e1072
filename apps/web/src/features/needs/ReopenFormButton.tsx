import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useReopenForm } from './api';

/** The training manager reopens a submitted form; the reason is required and recorded with the form. */
export function ReopenFormButton({ formId, label, ariaLabel, size }: { formId: string; label?: string; ariaLabel?: string; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const reopen = useReopenForm();
  const confirm = () =>
    reopen.mutate(
      { id: formId, reason: reason.trim() },
      {
        onSuccess: () => {
          close();
          setReason('');
          notifications.show({ color: 'teal', message: t('needs.reopen.done') });
        },
      },
    );
  return (
    <>
      <Group>
        <Button variant="default" onClick={open} size={size} aria-label={ariaLabel}>
          {label ?? t('needs.reopen.button')}
        </Button>
      </Group>
      <Modal opened={opened} onClose={close} title={t('needs.reopen.title')}>
        <Stack>
          <Textarea label={t('needs.reopen.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={3} />
          {reopen.error && <ErrorAlert error={reopen.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button onClick={confirm} disabled={reason.trim() === ''} loading={reopen.isPending}>
              {t('needs.reopen.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
