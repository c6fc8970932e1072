import { Title } from '@mantine/core';

// Placeholder page: replaced by the area's implementation.
export default function SessionsPage() {
  return <Title order={2}>SessionsPage</Title>;
}
