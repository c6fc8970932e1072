import { Title } from '@mantine/core';

// Placeholder page: replaced by the area's implementation.
export default function MyLearningPage() {
  return <Title order={2}>MyLearningPage</Title>;
}
