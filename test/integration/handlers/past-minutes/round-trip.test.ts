import { Buffer } from 'node:buffer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../../shared/api';
import type { ExportFile } from '../../../../shared/api/exports';
import type { Person } from '../../../../shared/model';
import { openBackend, type Backend } from '../../../../electron/backend/backend';
import { buildDemo, scriptedClock } from '../../../../electron/backend/demo/build-demo';
import { sequentialIds } from '../../../../electron/backend/ids';
import { tempDir } from '../../../support/temp-backend';
import { removeDir } from '../../../unit/store/records';

/*
 * Minutes Minute Book printed re-import as the meeting they were printed from: a signed meeting of the demo,
 * exported as Word and as PDF, read and recognised, accepted into a fresh store, and compared fact by fact.
 */

const TODAY = '2026-12-01';

async function call<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const envelope = await backend.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message} ${envelope.error.path ?? ''}`);
  return envelope.value as T;
}

const words = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** A minute's words: emphasis inside a paragraph is not read back from files (a known limit), the words are. */
const minuteWords = (text: string): string => words(text.replace(/\*\*?([^*]+)\*\*?/g, '$1'));

/** What a meeting's printed minutes say, with people by the name the minutes print. */
function facts(detail: MeetingDetail, people: readonly Person[]) {
  const named = (id: string | undefined): string => people.find((p) => p.id === id)?.publicName ?? `?${id ?? ''}`;
  const minuteOf = (itemId: string): string => minuteWords(detail.minutes.find((m) => m.itemId === itemId)?.text ?? '');
  return {
    date: detail.meeting.date,
    startTime: detail.meeting.startTime,
    venue: detail.meeting.venue,
    signedBy: detail.meeting.approval?.signature.name,
    attendance: detail.attendance.map((a) => `${named(a.personId)}: ${a.status}`).sort(),
    items: detail.items.filter((i) => i.parentId === null).map((i) => ({ title: i.title, minuteNumber: i.minuteNumber, minute: minuteOf(i.id) })),
    endTime: detail.meeting.endTime,
    decisions: detail.resolutions.map((r) => ({ verb: r.kind, parts: r.parts.map((p) => words(p.text)), vote: r.vote, reference: r.reference })),
    actions: detail.actions.map((a) => words(a.text)),
  };
}

describe('minutes Minute Book printed, brought back in', () => {
  const demoDir = tempDir();
  let demo: Backend;
  let signed: MeetingDetail[] = [];
  let people: Person[] = [];
  beforeAll(async () => {
    const clock = scriptedClock(`${TODAY}T09:00:00.000Z`);
    demo = openBackend({ dataDir: demoDir, clock, ids: sequentialIds('demo'), searchIndex: 'on-demand' });
    await buildDemo(demo, clock, TODAY);
    const meetings = await call<{ id: string; status: string }[]>(demo, 'meetings.list', {});
    signed = await Promise.all(
      meetings
        .filter((m) => m.status === 'minutes-signed')
        .map((m) => call<MeetingDetail>(demo, 'meetings.get', { id: m.id, carriedActions: false })),
    );
    people = await call<Person[]>(demo, 'people.list', {});
  });
  afterAll(() => {
    demo.close();
    removeDir(demoDir);
  });

  /** Every signed meeting exported in `format`, brought into a fresh store: the facts printed, and brought back. */
  async function roundTrips(format: 'docx' | 'pdf', count: number): Promise<{ printed: ReturnType<typeof facts>; back: ReturnType<typeof facts> }[]> {
    const trips: { printed: ReturnType<typeof facts>; back: ReturnType<typeof facts> }[] = [];
    for (const original of signed.slice(0, count)) {
      const file = await call<ExportFile>(demo, 'exports.render', { meetingId: original.meeting.id, kind: 'minutes', format, audience: 'private' });
      const bytes = demo.madeFiles.take(file.fileId)?.bytes;
      if (bytes === undefined) throw new Error('the export was not kept');
      const dir = tempDir();
      const fresh = openBackend({
        dataDir: dir,
        clock: scriptedClock(`${TODAY}T10:00:00.000Z`),
        ids: sequentialIds('again'),
        searchIndex: 'on-demand',
      });
      try {
        const board = await call<{ id: string }>(fresh, 'boards.create', {
          name: original.board.name,
          shortCode: 'RT',
          kind: original.board.kind,
          quorum: 2,
        });
        const reading = await call<{ draft: unknown; notMinutes?: string }>(fresh, 'pastMinutes.read', {
          boardId: board.id,
          fileName: file.fileName,
          dataBase64: Buffer.from(bytes).toString('base64'),
        });
        expect(reading.notMinutes).toBeUndefined();
        const accepted = await call<{ meeting: { id: string } }>(fresh, 'pastMinutes.accept', {
          boardId: board.id,
          source: { fileName: file.fileName, format },
          draft: reading.draft,
        });
        const again = await call<MeetingDetail>(fresh, 'meetings.get', { id: accepted.meeting.id, carriedActions: false });
        const freshPeople = await call<Person[]>(fresh, 'people.list', {});
        trips.push({ printed: facts(original, people), back: facts(again, freshPeople) });
      } finally {
        fresh.close();
        removeDir(dir);
      }
    }
    return trips;
  }

  it.each(['docx', 'pdf'] as const)('re-imports a meeting of public business without sub-items from %s with every fact the same', async (format) => {
    // Not yet the same for every demo meeting: private business (the exclusion resolution is read as a decision),
    // sub-items, declarations printed within an item, members absent (not printed) and an action wrapped in a PDF
    // table differ. The first signed meeting has none of these.
    const [first] = await roundTrips(format, 1);
    expect(first?.back).toEqual(first?.printed);
  });
});
