import { DateInput, type DateInputProps } from '@mantine/dates';
import { parseDate } from '@shared/format/date';

import { commonText } from './text';

/** A date typed or picked as dd/MM/yyyy; its value is yyyy-MM-dd (what the contract carries) or null. */
export function DateField(props: DateInputProps) {
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      placeholder={commonText.datePlaceholder}
      dateParser={(value) => parseDate(value)}
      clearable
      {...props}
    />
  );
}
