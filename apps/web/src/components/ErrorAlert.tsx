import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage, unplacedIssues } from '../api/errors';

interface ErrorAlertProps {
  error: unknown;
  /** Fields the form shows errors beside; other VALIDATION issues are listed here. */
  fields?: readonly string[];
}

export function ErrorAlert({ error, fields = [] }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const rest = unplacedIssues(error, fields);
  return (
    <Alert color="red" variant="light" title={t('common.error')} role="alert">
      {errorMessage(t, error)}
      {rest.length > 0 && (
        <List size="sm" mt="xs">
          {rest.map((issue) => (
            <List.Item key={`${issue.path}:${issue.message}`}>
              {issue.path ? `${issue.path}: ` : ''}
              {issue.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
