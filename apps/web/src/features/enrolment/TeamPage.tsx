import { Title } from '@mantine/core';

// Placeholder page: replaced by the area's implementation.
export default function TeamPage() {
  return <Title order={2}>TeamPage</Title>;
}
