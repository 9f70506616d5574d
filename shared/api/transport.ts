import type { Envelope } from './envelope';

/** How the renderer reaches the backend: IPC in Electron, HTTP in browser mode. */
export type Invoke = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/** The one IPC channel between the renderer and Electron's main process. */
export const IPC_CHANNEL = 'api:invoke';
/** The header that carries browser mode's per-run token. */
export const TOKEN_HEADER = 'x-minute-book-token';
/** Browser mode serves the contract at `POST ${API_PATH}<method>`. */
export const API_PATH = '/api/';
/** What the Electron preload exposes on `window`. */
export type PreloadBridge = { readonly invoke: Invoke };
export const BRIDGE_NAME = 'minuteBook';
