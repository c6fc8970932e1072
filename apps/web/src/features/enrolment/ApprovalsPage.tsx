import { Title } from '@mantine/core';

// Placeholder page: replaced by the area's implementation.
export default function ApprovalsPage() {
  return <Title order={2}>ApprovalsPage</Title>;
}
