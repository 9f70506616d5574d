/**
 * The live-minutes benchmark's fixtures: the 40-item meeting it adds to the ten-year store, and a real
 * `minute-book serve` to measure against.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Action, AgendaItem, Attendance, Meeting, Minute, Resolution } from '../../shared/model';
import type { Op } from '../../electron/backend/store/repository-types';
import { seededRandom } from './bench-kit';
import { SIZE } from './ten-year-store';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CLI = path.join(REPO, 'bin', 'minute-book.mjs');
export const ITEMS = 40;
export const MEETING_ID = 'bench-live-meeting';

// ---- the 40-item meeting, added to the ten-year store --------------------------------------------------------

/** A meeting under way: 40 items (sub-items and a private part among them), half minuted, with decisions and actions. */
export function liveMeetingOps(): Op[] {
  const random = seededRandom(40);
  const at = '2025-03-11T14:00:00.000Z';
  const words = 'members asked about the plan officers explained the budget carers said that the service would need more staff'.split(' ');
  const text = (n: number): string =>
    Array.from({ length: n }, () => words[Math.floor(random() * words.length)] ?? 'the')
      .join(' ')
      .replace(/^./, (c) => c.toUpperCase()) + '.';
  const meeting: Meeting = {
    id: MEETING_ID,
    boardId: 'board-0',
    date: '2025-03-11',
    startTime: '14:00',
    endTime: '17:00',
    venue: 'Council Chamber, Town Hall',
    status: 'held',
    createdAt: at,
    updatedAt: at,
  };
  const ops: Op[] = [{ type: 'put', collection: 'meetings', record: meeting }];
  let parent: string | null = null;
  let top = 0;
  let sub = 0;
  for (let i = 0; i < ITEMS; i += 1) {
    const isSub = i % 7 === 3 && parent !== null;
    const id = `${MEETING_ID}-item-${i}`;
    const item: AgendaItem = {
      id,
      meetingId: MEETING_ID,
      parentId: isSub ? parent : null,
      order: isSub ? sub : top,
      title: `${text(5).slice(0, -1)}`,
      purpose: (['decision', 'discussion', 'information'] as const)[i % 3] ?? 'discussion',
      presenter: `Officer ${i}`,
      timeAllowanceMinutes: 5,
      confidentiality: i >= ITEMS - 2 ? { access: 'exempt', category: 3 } : { access: 'public' },
      recommendations: i % 4 === 0 ? [`That ${text(12)}`] : [],
      attachmentIds: [],
      supplementary: false,
      createdAt: at,
      updatedAt: at,
    };
    if (isSub) sub += 1;
    else {
      parent = id;
      top += 1;
      sub = 0;
    }
    ops.push({ type: 'put', collection: 'agendaItems', record: item });
    if (i < ITEMS / 2) {
      const minute: Minute = {
        id: `${id}-minute`,
        meetingId: MEETING_ID,
        itemId: id,
        text: `${text(70)}\n\n- ${text(10)}\n- ${text(10)}\n\n${text(60)}`,
        createdAt: at,
        updatedAt: at,
      };
      const resolution: Resolution = {
        id: `${id}-res`,
        meetingId: MEETING_ID,
        itemId: id,
        order: 0,
        kind: 'RESOLVED',
        parts: [
          { id: `${id}-p1`, text: `That ${text(14)}` },
          { id: `${id}-p2`, text: `That ${text(10)}` },
        ],
        createdAt: at,
        updatedAt: at,
      };
      const action: Action = {
        id: `${id}-action`,
        meetingId: MEETING_ID,
        itemId: id,
        text: text(12),
        owner: { kind: 'organisation', name: 'Adult Social Care' },
        due: { kind: 'date', date: '2025-04-30' },
        status: 'open',
        history: [],
        createdAt: at,
        updatedAt: at,
      };
      ops.push(
        { type: 'put', collection: 'minutes', record: minute },
        { type: 'put', collection: 'resolutions', record: resolution },
        { type: 'put', collection: 'actions', record: action },
      );
    }
  }
  // Board 0's members on the day: most present, a few apologies, one who leaves part-way.
  for (let p = 0; p < SIZE.people; p += SIZE.boards) {
    const status = p % 9 === 4 ? 'apologies' : 'present';
    const movements = p === 8 ? [{ kind: 'left' as const, itemId: `${MEETING_ID}-item-20` }] : [];
    const record: Attendance = {
      id: `${MEETING_ID}-att-${p}`,
      meetingId: MEETING_ID,
      personId: `person-${p}`,
      status,
      movements,
      createdAt: at,
      updatedAt: at,
    };
    ops.push({ type: 'put', collection: 'attendance', record });
  }
  return ops;
}

// ---- the server and the browser ---------------------------------------------------------------------------

export type Server = { readonly url: string; readonly base: string; stop(): Promise<void> };

export function serve(dataDir: string): Promise<Server> {
  const child = spawn(process.execPath, [CLI, 'serve', '--data', dataDir, '--port', '0', '--no-open'], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no address:\n${out}`)), 30_000);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const url = /http:\/\/127\.0\.0\.1:\d+\/\S*token=\S+/.exec(out)?.[0];
      if (url === undefined) return;
      clearTimeout(timer);
      resolve({
        url,
        base: url.replace(/\?.*$/, ''),
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
