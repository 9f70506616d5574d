import { useCallback, useRef, useState } from 'react';
import type { PastMinutesReading } from '../../../../shared/api/areas/past-minutes';
import type { Meeting } from '../../../../shared/model';
import { toApiCallError } from '../../api/api-call-error';
import { useApi } from '../../api/ApiProvider';
import { readFileBase64 } from '../agenda-builder/read-file-base64';

/** One picked file, as it goes from waiting to read (or not) to accepted. */
export type QueuedFile =
  | { readonly key: string; readonly name: string; readonly state: 'waiting' | 'reading' | 'cancelled' }
  | { readonly key: string; readonly name: string; readonly state: 'read'; readonly reading: PastMinutesReading }
  | { readonly key: string; readonly name: string; readonly state: 'failed'; readonly error: string }
  | { readonly key: string; readonly name: string; readonly state: 'accepted'; readonly reading: PastMinutesReading; readonly meeting: Meeting };

export type ReadingQueue = {
  readonly files: readonly QueuedFile[];
  /** Reading one file after another, until done or cancelled. */
  readonly busy: boolean;
  readonly start: (files: readonly File[]) => Promise<void>;
  /** Stops after the file being read: the rest are left unread. */
  readonly cancel: () => void;
  readonly accepted: (key: string, meeting: Meeting) => void;
};

/** The kinds of file past minutes come in, as the file picker offers them. */
export const MINUTES_FILE_TYPES = '.docx,.pdf,.doc,.odt,.rtf';
const MINUTES_FILE = /\.(docx|pdf|doc|odt|rtf)$/i;

/**
 * Reads the picked files one at a time through the backend, which recognises the minutes in each; nothing is
 * stored. One file's failure is shown against it and the rest go on. Only minutes files are taken from a folder.
 */
export function useReadingQueue(boardId: string): ReadingQueue {
  const { call } = useApi();
  const [files, setFiles] = useState<readonly QueuedFile[]>([]);
  const [busy, setBusy] = useState(false);
  const cancelled = useRef(false);

  const update = useCallback((key: string, next: QueuedFile): void => setFiles((all) => all.map((f) => (f.key === key ? next : f))), []);

  const start = useCallback(
    async (picked: readonly File[]): Promise<void> => {
      const wanted = picked.filter((f) => MINUTES_FILE.test(f.name) && !f.name.startsWith('~$'));
      const stamp = Date.now();
      const queued = wanted.map((f, i): QueuedFile => ({ key: `${stamp}-${i}`, name: f.webkitRelativePath || f.name, state: 'waiting' }));
      setFiles((all) => [...all, ...queued]);
      cancelled.current = false;
      setBusy(true);
      try {
        for (const [i, file] of wanted.entries()) {
          const entry = queued[i];
          if (entry === undefined) continue;
          if (cancelled.current) {
            update(entry.key, { ...entry, state: 'cancelled' });
            continue;
          }
          update(entry.key, { ...entry, state: 'reading' });
          try {
            const dataBase64 = await readFileBase64(file);
            const reading = await call('pastMinutes.read', { boardId, fileName: file.name, dataBase64 });
            update(entry.key, { key: entry.key, name: entry.name, state: 'read', reading });
          } catch (error) {
            update(entry.key, { key: entry.key, name: entry.name, state: 'failed', error: toApiCallError('pastMinutes.read', error).message });
          }
        }
      } finally {
        setBusy(false);
      }
    },
    [boardId, call, update],
  );

  const accepted = useCallback(
    (key: string, meeting: Meeting): void =>
      setFiles((all) => all.map((f) => (f.key === key && f.state === 'read' ? { ...f, state: 'accepted', meeting } : f))),
    [],
  );

  return { files, busy, start, cancel: () => void (cancelled.current = true), accepted };
}
