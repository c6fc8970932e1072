import type { TOfficer } from '@formasaun/shared';
import { Anchor, Group, Paper, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../components/format';
import { ToneBadge, type Tone } from '../../components/ToneBadge';
import type { StaffFilters, StaffSort } from './search-params';

interface StaffTableProps {
  items: TOfficer[];
  filters: StaffFilters;
  onSort: (sort: StaffSort) => void;
}

const STATUS_TONE: Record<TOfficer['status'], Tone> = { active: 'positive', on_leave: 'warning', left: 'neutral' };

export function StatusBadge({ status }: { status: TOfficer['status'] }) {
  const { t } = useTranslation();
  return <ToneBadge tone={STATUS_TONE[status]}>{t(`status.${status}`)}</ToneBadge>;
}

export function officerName(o: Pick<TOfficer, 'familyName' | 'givenNames'>): string {
  return `${o.familyName}, ${o.givenNames}`;
}

function SortHeader({ sort, label, filters, onSort }: { sort: StaffSort; label: string } & Omit<StaffTableProps, 'items'>) {
  const active = filters.sort === sort;
  const ariaSort = active ? (filters.order === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <Table.Th aria-sort={ariaSort} style={{ whiteSpace: 'nowrap' }}>
      <UnstyledButton onClick={() => onSort(sort)} fw={700} fz="sm">
        {label}
        <span aria-hidden="true">{active ? (filters.order === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </UnstyledButton>
    </Table.Th>
  );
}

export function StaffTable({ items, filters, onSort }: StaffTableProps) {
  const { t } = useTranslation();
  const sortProps = { filters, onSort };
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs" stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <SortHeader sort="employeeNumber" label={t('staff.employeeNumber')} {...sortProps} />
            <SortHeader sort="familyName" label={t('staff.name')} {...sortProps} />
            <Table.Th>{t('staff.sex')}</Table.Th>
            <SortHeader sort="grade" label={t('staff.grade')} {...sortProps} />
            <SortHeader sort="orgUnit" label={t('staff.orgUnit')} {...sortProps} />
            <SortHeader sort="position" label={t('staff.position')} {...sortProps} />
            <Table.Th>{t('staff.location')}</Table.Th>
            <SortHeader sort="hireDate" label={t('staff.hireDate')} {...sortProps} />
            <Table.Th>{t('staff.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>{o.employeeNumber}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/staff/${o.id}`} fw={500}>
                  {officerName(o)}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`sex.${o.sex}`)}</Table.Td>
              <Table.Td>{o.grade ?? '—'}</Table.Td>
              <Table.Td>{o.orgUnitName}</Table.Td>
              <Table.Td>{o.positionTitle ?? '—'}</Table.Td>
              <Table.Td>{o.locationName ?? '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(o.hireDate)}</Table.Td>
              <Table.Td>
                <StatusBadge status={o.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Phone layout: one card per officer, the same links, no horizontal scrolling. */
export function StaffList({ items }: { items: TOfficer[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((o) => (
        <Paper key={o.id} component="li" withBorder p="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Anchor component={Link} to={`/staff/${o.id}`} fw={600}>
              {officerName(o)}
            </Anchor>
            <StatusBadge status={o.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {o.employeeNumber} · {t(`sex.${o.sex}`)}
            {o.grade ? ` · ${t('staff.gradeShort', { grade: o.grade })}` : ''}
          </Text>
          <Text size="sm">
            {o.orgUnitName}
            {o.positionTitle ? ` — ${o.positionTitle}` : ''}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
