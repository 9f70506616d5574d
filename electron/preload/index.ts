import { contextBridge, ipcRenderer } from 'electron';
import type { Envelope } from '../../shared/api/envelope';
import { BRIDGE_NAME, IPC_CHANNEL, type PreloadBridge } from '../../shared/api/transport';

// Only `invoke` crosses into the page: never ipcRenderer itself, which would let the page send on any channel.
const bridge: PreloadBridge = {
  invoke: (method: string, input: unknown): Promise<Envelope<unknown>> =>
    ipcRenderer.invoke(IPC_CHANNEL, method, input) as Promise<Envelope<unknown>>,
};

contextBridge.exposeInMainWorld(BRIDGE_NAME, bridge);
