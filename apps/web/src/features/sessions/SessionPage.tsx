import { Title } from '@mantine/core';

// Placeholder page: replaced by the area's implementation.
export default function SessionPage() {
  return <Title order={2}>SessionPage</Title>;
}
