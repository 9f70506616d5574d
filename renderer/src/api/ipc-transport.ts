import type { Invoke, PreloadBridge } from '../../../shared/api/transport';
import { BRIDGE_NAME } from '../../../shared/api/transport';

/** The Electron preload's bridge, if this page runs in the Electron window. */
export function findBridge(scope: object): PreloadBridge | null {
  const candidate: unknown = Reflect.get(scope, BRIDGE_NAME);
  if (typeof candidate !== 'object' || candidate === null) return null;
  const invoke: unknown = Reflect.get(candidate, 'invoke');
  return typeof invoke === 'function' ? (candidate as PreloadBridge) : null;
}

export function ipcTransport(bridge: PreloadBridge): Invoke {
  return (method, input) => bridge.invoke(method, input);
}
