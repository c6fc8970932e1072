import { Title } from '@mantine/core';

// Placeholder page: replaced by the area's implementation.
export default function NotificationsPage() {
  return <Title order={2}>NotificationsPage</Title>;
}
