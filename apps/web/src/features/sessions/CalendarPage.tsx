import { Title } from '@mantine/core';

// Placeholder page: replaced by the area's implementation.
export default function CalendarPage() {
  return <Title order={2}>CalendarPage</Title>;
}
