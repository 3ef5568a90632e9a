import { notifications } from '@mantine/notifications';
import type { InputOf } from '@shared/contract';
import { useState } from 'react';

import { call } from '../../api/client';
import { downloadXlsx } from '../criteria/xlsx-file';
import { agenciesText } from './text';

/** Downloads the criteria results workbook (a movement's, or one agency's criteria); a failure is shown, not thrown. */
export function useResultsXlsx() {
  const [downloading, setDownloading] = useState(false);
  const download = async (input: InputOf<'agencies.resultsXlsx'>) => {
    setDownloading(true);
    try {
      const file = await call('agencies.resultsXlsx', input);
      downloadXlsx(file.base64, file.fileName);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: agenciesText.results.xlsxFailed,
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setDownloading(false);
    }
  };
  return { downloading, download };
}
