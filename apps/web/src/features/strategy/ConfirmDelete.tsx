import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';

interface ConfirmDeleteProps {
  title: string;
  /** What will be deleted, in words; null keeps the dialog closed. */
  message: string | null;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onConfirm: () => void;
}

/** A confirmation before anything is deleted: strategy items and budget records are not restorable. */
export function ConfirmDelete({ title, message, pending, error, onCancel, onConfirm }: ConfirmDeleteProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={message !== null} onClose={onCancel} title={title} centered>
      <Stack>
        <Text>{message}</Text>
        {error ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={pending} onClick={onConfirm}>
            {t('strategy.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
