import type { TLocale, TRole, TUserCreate } from '@formasaun/shared';
import { Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import { OrgUnitSelect } from '../organisation/OrgUnitSelect';
import { useCreateUser } from './api';
import { OfficerPicker } from './OfficerPicker';

/** Roles an administration's manager hands out; platform operators are created elsewhere. */
export const ASSIGNABLE_ROLES: readonly TRole[] = ['training_manager', 'supervisor', 'trainer', 'officer', 'programme_viewer'];
const FIELDS = ['email', 'displayName', 'password', 'locale', 'roles', 'officerId'];
const MIN_PASSWORD = 10;

export function UserCreateForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [locale, setLocale] = useState<TLocale>('en');
  const [roles, setRoles] = useState<TRole[]>([]);
  const [supervisedUnit, setSupervisedUnit] = useState<string | null>(null);
  const [officerId, setOfficerId] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const server = fieldErrors(create.error);

  const local: Record<string, string | undefined> = {
    email: email.includes('@') ? undefined : t('users.emailInvalid'),
    displayName: displayName.trim() ? undefined : t('common.required'),
    password: password.length >= MIN_PASSWORD ? undefined : t('users.passwordTooShort', { min: MIN_PASSWORD }),
    roles: roles.length > 0 ? undefined : t('users.roleRequired'),
    orgUnitId: !roles.includes('supervisor') || supervisedUnit ? undefined : t('users.supervisorUnitRequired'),
  };
  const shown = (key: string) => (touched ? local[key] : undefined) ?? server[key];
  const valid = Object.values(local).every((v) => v === undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!valid) return;
    const input: TUserCreate = {
      email: email.trim().toLowerCase(),
      displayName: displayName.trim(),
      password,
      locale,
      officerId: roles.includes('officer') ? officerId : null,
      roles: roles.map((role) => ({ role, orgUnitId: role === 'supervisor' ? supervisedUnit : null })),
    };
    create.mutate(input, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={create.error} fields={FIELDS} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('users.email')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={shown('email')} data-autofocus />
          <TextInput label={t('users.displayName')} required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={shown('displayName')} />
          <PasswordField
            label={t('users.password')}
            description={t('users.passwordHint', { min: MIN_PASSWORD })}
            required
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={shown('password')}
          />
          <Select
            label={t('users.locale')}
            allowDeselect={false}
            value={locale}
            onChange={(v) => v && setLocale(v)}
            data={[
              { value: 'en', label: 'English' },
              { value: 'pt', label: 'Português' },
            ]}
          />
        </SimpleGrid>
        <Checkbox.Group label={t('users.roles')} required value={roles} onChange={(v) => setRoles(v)} error={shown('roles')}>
          <Stack gap={6} mt="xs">
            {ASSIGNABLE_ROLES.map((role) => (
              <Checkbox key={role} value={role} label={t(`role.${role}`)} description={t(`roleHint.${role}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        {roles.includes('supervisor') && (
          <OrgUnitSelect label={t('users.supervisedUnit')} description={t('users.supervisedUnitHint')} required value={supervisedUnit} onChange={setSupervisedUnit} error={shown('orgUnitId')} />
        )}
        {roles.includes('officer') && <OfficerPicker value={officerId} onChange={setOfficerId} error={server.officerId} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('users.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
