import os from 'node:os';
import path from 'node:path';

/** Folder name under the platform's per-user application data folder. */
export const APP_FOLDER_NAME = 'ThiDua';

/** The per-user data folder: %APPDATA%\ThiDua on Windows, ~/Library/Application Support/ThiDua, ~/.config/ThiDua. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return path.join(env.APPDATA || path.join(os.homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), APP_FOLDER_NAME);
}
