import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { appText } from './text';

export function NotFound() {
  return (
    <Stack gap="sm">
      <Title order={2}>{appText.notFoundTitle}</Title>
      <Text>{appText.notFoundBody}</Text>
      <Anchor component={Link} to="/units">
        {appText.backHome}
      </Anchor>
    </Stack>
  );
}
