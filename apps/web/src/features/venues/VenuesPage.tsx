import { Title } from '@mantine/core';

// Placeholder page: replaced by the area's implementation.
export default function VenuesPage() {
  return <Title order={2}>VenuesPage</Title>;
}
