import type { ButtonProps } from '@mantine/core';
import type { InputOf } from '@shared/contract';

import { call } from '../api/client';
import { commonText } from './text';
import { XlsxDownloadButton } from './XlsxDownloadButton';

interface Props {
  /** The list and the very filters its screen shows: `{ list: 'movements', filters: {} }`. */
  input: InputOf<'exports.list'>;
  label?: string;
  size?: ButtonProps['size'];
  variant?: ButtonProps['variant'];
  disabled?: boolean;
}

/** "Xuất Excel" for a list screen: the rows as shown, with the same filters, through `exports.list`. */
export function ListExportButton({ input, label = commonText.exportXlsx, size, variant, disabled }: Props) {
  return <XlsxDownloadButton label={label} size={size} variant={variant} disabled={disabled} load={() => call('exports.list', input)} />;
}
