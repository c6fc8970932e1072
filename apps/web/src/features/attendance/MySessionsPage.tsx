import { Title } from '@mantine/core';

// Placeholder page: replaced by the area's implementation.
export default function MySessionsPage() {
  return <Title order={2}>MySessionsPage</Title>;
}
