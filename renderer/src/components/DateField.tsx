import { DateInput, type DateInputProps } from '@mantine/dates';
import { parseDate } from '@shared/format/date';
import { useState } from 'react';

import { invalidDateValue, isInvalidDate } from './date-value';
import { commonText } from './text';

/**
 * A date typed or picked as dd/MM/yyyy; its value is yyyy-MM-dd (what the contract carries) or null.
 * An impossible date (31/02/2024) stays as typed and the value becomes an invalid-date marker (date-value.ts),
 * so the form rule (dateRule) refuses it with "Ngày không hợp lệ"; outside a form the field says so once left. Mantine's
 * DateInput alone would keep the last good date and put it back on blur, as if nothing had been typed.
 */
export function DateField(props: DateInputProps) {
  const { value, onChange, onFocus, onBlur, onClick, onKeyDown, error, popoverProps, ...rest } = props;
  const [focused, setFocused] = useState(false);
  // Focused while it shows an error (a refused save brings the user here), the calendar would cover the message;
  // it opens once the user types or clicks.
  const [quiet, setQuiet] = useState(false);
  const invalid = isInvalidDate(value);
  // A field of a Mantine form (getInputProps gives it a data-path) is told by the form's dateRule on submit, like
  // every other field. Saying it on blur as well would move the buttons under the pointer, and the click on Lưu
  // that follows would be lost. Fields kept in plain state say it themselves once left.
  const formManaged = (rest as Record<string, unknown>)['data-path'] !== undefined;

  const dateParser = (text: string) => {
    const iso = parseDate(text);
    // DateInput only reports dates it could parse; the typed text that is not one is reported here.
    if (!iso) onChange?.(text.trim() === '' ? null : invalidDateValue(text));
    return iso;
  };

  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      placeholder={commonText.datePlaceholder}
      clearable
      {...rest}
      value={invalid ? null : value}
      onChange={onChange}
      dateParser={dateParser}
      // Putting the last good date back would hide the typo; the text stays until it is corrected.
      fixOnBlur={!invalid}
      popoverProps={quiet ? { ...popoverProps, opened: false } : popoverProps}
      onFocus={(event) => {
        setFocused(true);
        setQuiet(Boolean(error) || invalid);
        onFocus?.(event);
      }}
      onBlur={(event) => {
        setFocused(false);
        setQuiet(false);
        onBlur?.(event);
      }}
      onClick={(event) => {
        setQuiet(false);
        onClick?.(event);
      }}
      onKeyDown={(event) => {
        setQuiet(false);
        onKeyDown?.(event);
      }}
      error={error ?? (invalid && !focused && !formManaged ? commonText.invalidDate : undefined)}
    />
  );
}
