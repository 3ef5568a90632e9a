import { Title } from '@mantine/core';

/** Placeholder while the screen is being built. */
export function RollUpPage() {
  return <Title order={2}>Quy về đơn vị hiện nay</Title>;
}
