import { Title } from '@mantine/core';

// Placeholder page: replaced by the area's implementation.
export default function AttendancePage() {
  return <Title order={2}>AttendancePage</Title>;
}
