import { Title } from '@mantine/core';

// Placeholder page: replaced by the area's implementation.
export default function TrainersPage() {
  return <Title order={2}>TrainersPage</Title>;
}
