import { Title } from '@mantine/core';

/** Placeholder while the screen is being built. */
export function MovementsPage() {
  return <Title order={2}>Phong trào thi đua</Title>;
}
