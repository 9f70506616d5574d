import type { Envelope } from './envelope';

/** How the renderer reaches the backend: IPC in Electron, HTTP in browser mode. */
export type Invoke = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/** The one IPC channel between the renderer and Electron's main process. */
export const IPC_CHANNEL = 'api:invoke';
/** The header that carries browser mode's per-run token. */
export const TOKEN_HEADER = 'x-minute-book-token';
/** Browser mode serves the contract at `POST ${API_PATH}<method>`. */
export const API_PATH = '/api/';
/**
 * Browser mode serves each file Minute Book made at `GET ${FILES_PATH}<fileId>`, once, as a download: the id is
 * the capability (unguessable, kept for a few minutes, gone once fetched), so the link carries no token.
 */
export const FILES_PATH = '/files/';
/** Where the browser downloads a made file from. */
export const madeFilePath = (fileId: string): string => `${FILES_PATH}${encodeURIComponent(fileId)}`;
/** What the Electron preload exposes on `window`. */
export type PreloadBridge = { readonly invoke: Invoke };
export const BRIDGE_NAME = 'minuteBook';
