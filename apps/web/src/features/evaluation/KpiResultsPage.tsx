import { Title } from '@mantine/core';

// Placeholder page: replaced by the implementation.
export default function KpiResultsPage() {
  return <Title order={2}>KpiResultsPage</Title>;
}
