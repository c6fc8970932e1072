import type { TPlanDetail } from '@formasaun/shared';
import { Alert, Button, Group, Menu, Modal, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrors } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { currentLocale } from '../../i18n';
import { useCan } from '../auth/session';
import { planDocumentUrl, planExportUrl, planInstanceUrl, useApprovePlan, useDeletePlan, usePlans, useRenamePlan } from './api';
import { ScenarioDialog } from './ScenarioDialog';

type Dialog = 'scenario' | 'approve' | 'rename' | 'delete' | null;

/** A button, not a link, that downloads: the server answers with an attachment, so the page stays. */
function download(url: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = '';
  document.body.append(a);
  a.click();
  a.remove();
}

interface PlanActionsProps {
  plan: TPlanDetail;
  isRunning: boolean;
  onOptimise: () => void;
  optimising: boolean;
}

/** What can be done with a plan: compute it, branch a scenario, approve it, download it; drafts can be renamed and deleted. */
export function PlanActions({ plan, isRunning, onOptimise, optimising }: PlanActionsProps) {
  const { t } = useTranslation();
  const can = useCan();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [opened, setOpened] = useState(0);
  const isDraft = plan.status === 'draft';
  const isComputed = plan.computedAt !== null;
  const open = (d: Dialog) => {
    setOpened((n) => n + 1);
    setDialog(d);
  };
  const close = () => setDialog(null);

  return (
    <>
      <Group gap="xs" wrap="wrap">
        {can('PlanWrite') && isDraft && (
          <Button onClick={onOptimise} loading={optimising} disabled={isRunning}>
            {isComputed ? t('planning.actions.reoptimise') : t('planning.actions.optimise')}
          </Button>
        )}
        {can('PlanWrite') && (
          <Button variant="default" onClick={() => open('scenario')} disabled={isRunning}>
            {t('planning.actions.scenario')}
          </Button>
        )}
        {can('PlanApprove') && isDraft && (
          <Button variant="default" onClick={() => open('approve')} disabled={isRunning || !isComputed}>
            {t('planning.actions.approve')}
          </Button>
        )}
        <Tooltip label={t('planning.actions.pdfNoResult')} disabled={isComputed}>
          {/* A disabled button gets no pointer events: the wrapper carries the tooltip. */}
          <span>
            <Button variant="default" onClick={() => download(planDocumentUrl(plan.id, currentLocale()))} disabled={!isComputed}>
              {t('planning.actions.pdf')}
            </Button>
          </span>
        </Tooltip>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button variant="default">{t('planning.actions.more')}</Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item component="a" href={planExportUrl(plan.id)} download>
              {t('planning.actions.xlsx')}
            </Menu.Item>
            <Menu.Item component="a" href={planInstanceUrl(plan.id)} download>
              {t('planning.actions.instance')}
            </Menu.Item>
            {can('PlanWrite') && isDraft && (
              <>
                <Menu.Divider />
                <Menu.Item onClick={() => open('rename')}>{t('planning.actions.rename')}</Menu.Item>
                <Menu.Item color="red" onClick={() => open('delete')} disabled={isRunning}>
                  {t('planning.actions.delete')}
                </Menu.Item>
              </>
            )}
          </Menu.Dropdown>
        </Menu>
      </Group>
      {can('PlanWrite') && (
        <>
          <ScenarioDialog key={`scenario-${opened}`} plan={plan} opened={dialog === 'scenario'} onClose={close} />
          <RenameDialog key={`rename-${opened}`} plan={plan} opened={dialog === 'rename'} onClose={close} />
          <DeleteDialog key={`delete-${opened}`} plan={plan} opened={dialog === 'delete'} onClose={close} />
        </>
      )}
      {can('PlanApprove') && <ApproveDialog key={`approve-${opened}`} plan={plan} opened={dialog === 'approve'} onClose={close} />}
    </>
  );
}

interface DialogProps {
  plan: TPlanDetail;
  opened: boolean;
  onClose: () => void;
}

function ApproveDialog({ plan, opened, onClose }: DialogProps) {
  const { t } = useTranslation();
  const approve = useApprovePlan(plan.id);
  const blocked = plan.violations.length > 0 || plan.inputErrors.length > 0;
  const plans = usePlans();
  // The server supersedes every approved plan whose years overlap this one's on approval: say which, beforehand.
  const replaced = (plans.data ?? []).filter(
    (p) => p.id !== plan.id && p.status === 'approved' && p.fromYear <= plan.toYear && p.toYear >= plan.fromYear,
  );
  return (
    <Modal opened={opened} onClose={onClose} title={t('planning.approve.title', { name: plan.name })} closeButtonProps={{ 'aria-label': t('planning.close') }}>
      <Stack>
        <Text size="sm">{t('planning.approve.body')}</Text>
        {replaced.length > 0 && (
          <Alert color="yellow" c="#6e4200" styles={{ title: { color: '#6e4200' } }} title={t('planning.approve.supersedesTitle', { count: replaced.length })}>
            <Stack gap={4}>
              {replaced.map((p) => (
                <Text size="sm" key={p.id}>
                  {t('planning.approve.supersedes', { name: p.name, from: p.fromYear, to: p.toYear })}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        {blocked && (
          <Text size="sm" c="red.9">
            {t('planning.approve.blocked')}
          </Text>
        )}
        {approve.error && <ErrorAlert error={approve.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={approve.isPending}
            onClick={() =>
              approve.mutate(undefined, {
                onSuccess: () => {
                  notifications.show({ color: 'teal', message: t('planning.approve.done') });
                  onClose();
                },
              })
            }
          >
            {t('planning.approve.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RenameDialog({ plan, opened, onClose }: DialogProps) {
  const { t } = useTranslation();
  const rename = useRenamePlan(plan.id);
  const [name, setName] = useState(plan.name);
  return (
    <Modal opened={opened} onClose={onClose} title={t('planning.rename.title')} closeButtonProps={{ 'aria-label': t('planning.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          rename.mutate(name, { onSuccess: onClose });
        }}
      >
        <Stack>
          <TextInput label={t('planning.rename.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldErrors(rename.error).name} data-autofocus />
          {rename.error && <ErrorAlert error={rename.error} fields={['name']} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={rename.isPending} disabled={name.trim() === ''}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function DeleteDialog({ plan, opened, onClose }: DialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeletePlan(plan.id);
  return (
    <Modal opened={opened} onClose={onClose} title={t('planning.delete.title', { name: plan.name })} closeButtonProps={{ 'aria-label': t('planning.close') }}>
      <Stack>
        <Text size="sm">{t('planning.delete.body')}</Text>
        {remove.error && <ErrorAlert error={remove.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(undefined, { onSuccess: () => void navigate('/plans') })}>
            {t('planning.delete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
