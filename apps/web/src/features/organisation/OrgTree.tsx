import { ActionIcon, Badge, Box, Group, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../components/format';
import type { OrgDialog } from './OrgUnitDialogs';
import type { OrgNode } from './tree';

interface OrgTreeProps {
  nodes: OrgNode[];
  isExpanded: (id: string) => boolean;
  onToggle: (id: string) => void;
  canWrite: boolean;
  onAction: (dialog: OrgDialog) => void;
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" style={{ transform: open ? 'rotate(90deg)' : undefined, transition: 'transform 120ms' }}>
      <path d="M5 3l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function Dots() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="3" cy="8" r="1.5" fill="currentColor" />
      <circle cx="8" cy="8" r="1.5" fill="currentColor" />
      <circle cx="13" cy="8" r="1.5" fill="currentColor" />
    </svg>
  );
}

function NodeRow({ node, props }: { node: OrgNode; props: OrgTreeProps }) {
  const { t } = useTranslation();
  const { unit } = node;
  const hasChildren = node.children.length > 0;
  const open = hasChildren && props.isExpanded(unit.id);
  const closed = unit.closedOn !== null;
  return (
    <li>
      <Group
        gap="xs"
        wrap="nowrap"
        py={6}
        px={4}
        style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
      >
        {hasChildren ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-expanded={open}
            aria-label={open ? t('org.collapse', { name: unit.name }) : t('org.expand', { name: unit.name })}
            onClick={() => props.onToggle(unit.id)}
          >
            <Chevron open={open} />
          </ActionIcon>
        ) : (
          <Box w={22} style={{ flexShrink: 0 }} />
        )}
        <Box style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6} wrap="wrap">
            <Text fw={600} size="sm" c={closed ? 'dimmed' : undefined} td={closed ? 'line-through' : undefined}>
              {unit.name}
            </Text>
            <Text size="xs" c="dimmed">
              {unit.code}
            </Text>
            <Badge size="xs" variant="light" color="gray">
              {t(`orgKind.${unit.kind}`)}
            </Badge>
            {unit.headOfficerName && (
              <Text size="xs" c="dimmed">
                {t('org.headOf', { name: unit.headOfficerName })}
              </Text>
            )}
            {closed && (
              <Badge size="xs" variant="outline" color="red">
                {t('org.closedBadge', { date: formatDate(unit.closedOn) })}
              </Badge>
            )}
          </Group>
        </Box>
        <Text
          component={Link}
          to={`/staff?orgUnitId=${unit.id}`}
          size="sm"
          c="customs.7"
          style={{ whiteSpace: 'nowrap' }}
          title={t('org.directOfficers', { n: unit.officerCount })}
        >
          {t('org.officerCount', { n: formatNumber(node.subtreeOfficers) })}
        </Text>
        {props.canWrite && !closed && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('org.actionsFor', { name: unit.name })}>
                <Dots />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => props.onAction({ kind: 'create', parent: unit })}>{t('org.addSubUnit')}</Menu.Item>
              <Menu.Item onClick={() => props.onAction({ kind: 'edit', unit })}>{t('org.rename')}</Menu.Item>
              <Menu.Item onClick={() => props.onAction({ kind: 'move', unit })}>{t('org.move')}</Menu.Item>
              <Menu.Divider />
              <Menu.Item color="red" onClick={() => props.onAction({ kind: 'close', unit })}>
                {t('org.closeUnit')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {open && <OrgTree {...props} nodes={node.children} nested />}
    </li>
  );
}

export function OrgTree(props: OrgTreeProps & { nested?: boolean }) {
  return (
    <Box component="ul" style={{ listStyle: 'none', margin: 0, padding: 0, paddingLeft: props.nested ? 20 : 0 }}>
      {props.nodes.map((node) => (
        <NodeRow key={node.unit.id} node={node} props={props} />
      ))}
    </Box>
  );
}
