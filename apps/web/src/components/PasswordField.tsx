import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Mantine's PasswordInput with its show/hide toggle named in the UI language (Mantine's own label is English). */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  // A fixed name with aria-pressed (which Mantine sets) reads as "Show password, toggle button, pressed/not pressed".
  return <PasswordInput visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }} {...props} />;
}
