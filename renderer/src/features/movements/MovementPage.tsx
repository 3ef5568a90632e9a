import { Title } from '@mantine/core';

/** Placeholder while the screen is being built. */
export function MovementPage() {
  return <Title order={2}>Phong trào thi đua</Title>;
}
