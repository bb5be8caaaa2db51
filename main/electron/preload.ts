import { contextBridge, ipcRenderer } from 'electron';
import type { ApiResult } from '../../shared/api/errors';
import { buildStudioApi } from '../../shared/api/studio-api';
import { channelFor } from './channels';

// The page gets `window.studio` with the contract's named methods and nothing else: no ipcRenderer, no generic
// send or invoke taking a channel, so script in the page can reach only what the contract offers.
contextBridge.exposeInMainWorld(
  'studio',
  buildStudioApi((method, request) => ipcRenderer.invoke(channelFor(method), request) as Promise<ApiResult<unknown>>),
);
