import type { BrowserWindow, IpcMain } from 'electron';

import { CHANNEL_NAMES } from '../../shared/contract';
import type { HandlerMap } from './ipc/types';
import { invokeChannel } from './ipc/wrapper';
import { isTrustedSender } from './security';

/** Registers every contract channel on ipcMain; each call goes through the one wrapper with the sender check. */
export function registerIpc(ipcMain: IpcMain, handlers: HandlerMap, getWindow: () => BrowserWindow | null): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, input: unknown) => {
      const window = getWindow();
      const trusted = isTrustedSender(event.senderFrame?.url, event.sender.id, window ? window.webContents.id : null);
      return invokeChannel(channel, input, {
        handlers,
        senderAllowed: trusted,
        context: { transport: 'electron' },
        log: (message, error) => console.error(message, error),
      });
    });
  }
}
