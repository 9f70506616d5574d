import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DEFAULT_STANDARD_ITEMS,
  type Action,
  type AgendaItem,
  type Attendance,
  type Board,
  type Meeting,
  type Minute,
  type Person,
  type Resolution,
} from '../../../shared/model';
import type { Clock } from '../../../electron/backend/context';

/** Record builders and folders for the store's tests. */

const T = '2025-01-01T10:00:00.000Z';

export function board(id = 'b1', overrides: Partial<Board> = {}): Board {
  return {
    id,
    name: 'Millbrook Carers Partnership Board',
    shortCode: 'MCPB',
    kind: 'partnership-board',
    quorum: 3,
    municipalYearStart: { month: 5, day: 1 },
    minuteNumbering: { template: '{n}.', restart: 'municipal-year' },
    resolutionReferencing: { template: '{code}/{yyyy}/{minute}-{r}' },
    standardItems: [...DEFAULT_STANDARD_ITEMS],
    seldomHeardGroups: [],
    archived: false,
    createdAt: T,
    updatedAt: T,
    ...overrides,
  };
}

export function person(id: string, overrides: Partial<Person> = {}): Person {
  return {
    id,
    name: `Person ${id}`,
    publicName: `Person ${id}`,
    consentToBeNamed: true,
    kind: 'councillor',
    accessNeeds: [],
    training: [],
    createdAt: T,
    updatedAt: T,
    ...overrides,
  };
}

export function meeting(id: string, overrides: Partial<Meeting> = {}): Meeting {
  return { id, boardId: 'b1', date: '2025-06-10', startTime: '14:00', status: 'draft', createdAt: T, updatedAt: T, ...overrides };
}

export function item(id: string, meetingId: string, order = 0, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id,
    meetingId,
    parentId: null,
    order,
    title: `Item ${id}`,
    purpose: 'discussion',
    confidentiality: { access: 'public' },
    recommendations: [],
    attachmentIds: [],
    supplementary: false,
    createdAt: T,
    updatedAt: T,
    ...overrides,
  };
}

export function minute(id: string, meetingId: string, itemId: string, text: string): Minute {
  return { id, meetingId, itemId, text, createdAt: T, updatedAt: T };
}

export function resolution(id: string, meetingId: string, itemId: string, text = 'That the report be noted.'): Resolution {
  return { id, meetingId, itemId, order: 0, kind: 'RESOLVED', parts: [{ id: `${id}-p1`, text }], createdAt: T, updatedAt: T };
}

export function action(id: string, meetingId: string, overrides: Partial<Action> = {}): Action {
  return {
    id,
    meetingId,
    text: `Action ${id}`,
    owner: { kind: 'organisation', name: 'Millbrook Carers Centre' },
    status: 'open',
    history: [],
    createdAt: T,
    updatedAt: T,
    ...overrides,
  };
}

export function attendance(id: string, meetingId: string, personId: string): Attendance {
  return { id, meetingId, personId, status: 'present', movements: [], createdAt: T, updatedAt: T };
}

/** A clock that moves on one second per reading, so backups and notices get distinct, ordered times. */
export function tickingClock(start = '2025-06-01T09:00:00.000Z'): Clock & { advance(ms: number): void } {
  let ms = Date.parse(start);
  return {
    now: () => {
      ms += 1000;
      return new Date(ms).toISOString();
    },
    advance: (by) => {
      ms += by;
    },
  };
}

export function tempDir(prefix = 'mb-store-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Every file under a folder, relative, with `/` separators, sorted. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((rel) => fs.statSync(path.join(dir, rel)).isFile())
    .map((rel) => rel.split(path.sep).join('/'))
    .sort();
}

/**
 * What a crash would leave: a copy of the folder as it is on disk right now, taken while the store is still open.
 * (Every acknowledged change is already on disk, so the copy is exactly the state after a power cut.)
 */
export function crashCopy(dir: string): string {
  const copy = tempDir('mb-crash-');
  fs.cpSync(dir, copy, { recursive: true });
  return copy;
}

/** Waits until `condition` holds (timers have fired), or fails after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
