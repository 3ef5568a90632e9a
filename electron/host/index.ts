import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { AppError } from '../../shared/errors';
import { DamagedDatabaseError } from '../main/db/connection';
import { defaultDataDir } from '../main/paths';
import { newestRestorableBackup, recoveryMessages, restoreAtStartup } from '../main/startup-recovery';
import { startHost } from './start-host';

/** The folder holding package.json: the bundle sits in dist/host, the sources in electron/host. */
function appRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

/** THIDUA_RESTORE_BACKUP=<id> puts that backup in place of the database before starting. */
function restoreIfAsked(dataDir: string): void {
  const id = process.env.THIDUA_RESTORE_BACKUP;
  if (!id) return;
  const aside = restoreAtStartup(dataDir, id);
  console.log(`Đã khôi phục bản sao lưu ${id}. Tệp dữ liệu cũ được giữ tại ${aside}.`);
}

async function main(): Promise<void> {
  const root = appRoot();
  const port = Number(process.env.THIDUA_PORT ?? 5178);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`THIDUA_PORT không hợp lệ: ${process.env.THIDUA_PORT}`);
  const token = process.env.THIDUA_TOKEN || randomBytes(24).toString('base64url');
  const dataDir = process.env.THIDUA_DATA_DIR || defaultDataDir();
  restoreIfAsked(dataDir);
  const host = await startHost({
    dataDir,
    resourcesDir: path.join(root, 'resources'),
    staticDir: path.join(root, 'dist', 'renderer'),
    port,
    token,
    provinceCode: process.env.THIDUA_PROVINCE || undefined,
    log: (message, error) => console.error(message, error),
  });
  console.log(`Thi đua đang chạy trong trình duyệt. Dữ liệu: ${dataDir}`);
  console.log(`Mở địa chỉ sau (có mã truy cập): ${host.url}`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof AppError || error instanceof Error ? error.message : String(error);
  console.error(`Không khởi động được: ${message}`);
  if (error instanceof DamagedDatabaseError) {
    const backup = newestRestorableBackup(process.env.THIDUA_DATA_DIR || defaultDataDir());
    console.error(backup ? recoveryMessages.hostHint(backup) : recoveryMessages.none);
  }
  process.exit(1);
});
