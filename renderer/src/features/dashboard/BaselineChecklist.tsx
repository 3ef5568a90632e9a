import { Anchor, List, Text } from '@mantine/core';
import type { DashboardSummary } from '@shared/domain/targets';
import { Link } from 'react-router';

import { dashboardText } from './text';

const text = dashboardText.baseline;

interface Missing {
  key: string;
  message: string;
  link: string;
  to: string;
}

/** The baseline data the year still lacks (criteria records, recognitions, ethnic-minority flags), each with where to enter it. */
export function missingBaseline(summary: DashboardSummary): Missing[] {
  const { baseline, year } = summary;
  const missing: Missing[] = [];
  if (baseline.criteriaRecords === 0)
    missing.push({ key: 'criteria', message: text.criteria(year), link: text.criteriaLink, to: `/criteria?year=${year}` });
  if (baseline.recognitions === 0)
    missing.push({
      key: 'recognitions',
      message: text.recognitions(year),
      link: text.recognitionsLink,
      to: `/criteria?tab=recognitions&year=${year}`,
    });
  if (baseline.ethnicFlags === 0) missing.push({ key: 'ethnic', message: text.ethnic, link: text.ethnicLink, to: '/criteria?tab=ethnic' });
  return missing;
}

export function BaselineChecklist({ missing }: { missing: Missing[] }) {
  return (
    <List spacing="xs" size="sm" ta="left">
      {missing.map((item) => (
        <List.Item key={item.key}>
          <Text span size="sm">
            {item.message}{' '}
          </Text>
          <Anchor component={Link} to={item.to} size="sm" fw={600}>
            {item.link}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}
