import type { Invoke } from '../../../shared/api/transport';
import { httpTransport } from './http-transport';
import { findBridge, ipcTransport } from './ipc-transport';
import { takeToken } from './session-token';

export type TransportKind = 'ipc' | 'http';

/** In the Electron window the preload's bridge is there; otherwise this is browser mode. Decided once, at start. */
export function pickTransport(scope: Window): { readonly kind: TransportKind; readonly invoke: Invoke } {
  const bridge = findBridge(scope);
  if (bridge) return { kind: 'ipc', invoke: ipcTransport(bridge) };
  return { kind: 'http', invoke: httpTransport(takeToken(scope)) };
}
