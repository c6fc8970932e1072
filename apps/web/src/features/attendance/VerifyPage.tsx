import { Title } from '@mantine/core';

// Placeholder page: replaced by the area's implementation.
export default function VerifyPage() {
  return <Title order={2}>VerifyPage</Title>;
}
