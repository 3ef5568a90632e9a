import { Title } from '@mantine/core';

/** Placeholder while the screen is being built. */
export function CriteriaSetsPage() {
  return <Title order={2}>Bộ tiêu chí</Title>;
}
