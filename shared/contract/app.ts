import { emptyInput } from './common';
import { channel } from './define';

/** What the shell running the app can do besides the channels every host serves. */
export interface AppCapabilities {
  /** Electron: Save as and Print go through native dialogs (documents.saveAs, documents.print). The browser host: false. */
  nativeDialogs: boolean;
}

export const appContract = {
  'app.capabilities': channel<AppCapabilities>()(() => emptyInput),
};
