import { Title } from '@mantine/core';

// Placeholder page: replaced by the area's implementation.
export default function SchedulePage() {
  return <Title order={2}>SchedulePage</Title>;
}
