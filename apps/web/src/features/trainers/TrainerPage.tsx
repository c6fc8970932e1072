import { Title } from '@mantine/core';

// Placeholder page: replaced by the area's implementation.
export default function TrainerPage() {
  return <Title order={2}>TrainerPage</Title>;
}
