import { Title } from '@mantine/core';

/** Placeholder while the screen is being built. */
export function DashboardPage() {
  return <Title order={2}>Tổng quan</Title>;
}
