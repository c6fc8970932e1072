import { Title } from '@mantine/core';

// Placeholder page: replaced by the area's implementation.
export default function PlanActualPage() {
  return <Title order={2}>PlanActualPage</Title>;
}
