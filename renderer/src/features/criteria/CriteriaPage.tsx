import { Title } from '@mantine/core';

/** Placeholder while the screen is being built. */
export function CriteriaPage() {
  return <Title order={2}>Tiêu chí nông thôn mới</Title>;
}
