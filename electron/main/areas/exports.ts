import { todayIso } from '../../../shared/format/date';
import { exportsHandlers } from '../ipc/exports';
import { createListExports, type ListReaders } from '../services/exports/list-exports';
import { type BaseDeps, defineArea } from './area';

/**
 * The list screens to XLSX through one channel (`exports.list`): it owns no data, it reads the
 * services the list channels call, so it comes after every area it reads.
 */
export function createExportsArea(_base: BaseDeps, readers: Omit<ListReaders, 'today'>) {
  const listExports = createListExports({ ...readers, today: () => todayIso() });
  return defineArea({ name: 'exports', services: { listExports }, handlers: exportsHandlers({ listExports }) });
}
