import fs from 'node:fs';
import path from 'node:path';
import { openBackend, type Backend } from '../../../electron/backend/backend';
import { sequentialIds } from '../../../electron/backend/ids';
import type { Call } from '../support/call';
import { contentHash } from '../support/content-hash';
import type { StepClock } from '../support/step-clock';

/*
 * The work a child does while the fault suite kills it: saves through the contract, an import, a manual backup,
 * closing and opening again, and the migration of two stores of older formats. It is the same in every run (the
 * clock is set per step, ids are sequential and nothing waits on a timer), so kill point n is the same moment in
 * every run, on any machine.
 */

/** The folders of one run, under its own folder. */
export type RunFolders = { readonly main: string; readonly v1: string; readonly v2: string };

export const runFolders = (runDir: string): RunFolders => ({
  main: path.join(runDir, 'main'),
  v1: path.join(runDir, 'v1'),
  v2: path.join(runDir, 'v2'),
});

export type FolderName = keyof RunFolders;

/**
 * What a finished step acknowledges: the folder it changed and a fingerprint of that folder's whole content (or
 * `-` in a run that does not take fingerprints: a fingerprint reads the whole store, and writes nothing).
 */
export type Ack = { readonly step: number; readonly name: string; readonly folder: FolderName; readonly hash: string };

export const formatAck = (ack: Ack): string => `ack ${ack.step} ${ack.name} ${ack.folder} ${ack.hash}`;

export function parseAcks(output: string): Ack[] {
  const acks: Ack[] = [];
  // Only whole lines count: a line cut short by the kill was not acknowledged.
  for (const line of output.split('\n').slice(0, -1)) {
    const [kind, step, name, folder, hash] = line.split(' ');
    if (kind !== 'ack' || step === undefined || name === undefined || hash === undefined) continue;
    if (folder !== 'main' && folder !== 'v1' && folder !== 'v2') continue;
    acks.push({ step: Number(step), name, folder, hash });
  }
  return acks;
}

/** How many times the typing step saves the same minute. */
const TYPED_SAVES = 20;

type Step = { readonly name: string; readonly folder: FolderName; run(): Promise<void> };

/** The contract as a workload step sees it: calls the open backend and throws if a call is refused. */
export type Session = {
  readonly clock: StepClock;
  readonly folders: RunFolders;
  /** The bundle that the import step imports. */
  readonly bundleFile: string;
  /** Prints one acknowledgement; called only after the step has returned. */
  readonly say: (line: string) => void;
  /** Whether to fingerprint each folder after each step (the counting run), or to acknowledge steps alone. */
  readonly fingerprints: boolean;
  /** Called as each step starts, so the list of fault points can say which step each belongs to. */
  readonly stepStarts?: (step: number, name: string) => void;
};

export async function runWorkload(session: Session): Promise<void> {
  const { clock, folders } = session;
  const ids = sequentialIds('k');
  const open = new Map<FolderName, Backend>();
  const backendOf = (folder: FolderName): Backend => {
    const backend = open.get(folder);
    if (backend === undefined) throw new Error(`the ${folder} store is not open`);
    return backend;
  };
  const call: Call = async (method, input) => {
    const envelope = await backendOf('main').dispatch(method, input);
    if (!envelope.ok) throw new Error(`${method} was refused: ${envelope.error.code} ${envelope.error.message} ${envelope.error.path ?? ''}`);
    return envelope.value as never;
  };
  const openFolder = (folder: FolderName): void => {
    open.set(folder, openBackend({ dataDir: folders[folder], clock, ids, searchIndex: 'on-demand' }));
  };
  const closeFolder = (folder: FolderName): void => {
    backendOf(folder).close();
    open.delete(folder);
  };
  const hashes = new Map<FolderName, string>();
  const hashOf = (folder: FolderName): string => {
    if (!session.fingerprints) return '-';
    const backend = open.get(folder);
    if (backend !== undefined) hashes.set(folder, contentHash(backend.repository.exportBundle()));
    return hashes.get(folder) ?? 'none';
  };

  // Ids the steps pass on to later steps.
  const made = new Map<string, string>();
  const id = (key: string): string => {
    const value = made.get(key);
    if (value === undefined) throw new Error(`no ${key} yet`);
    return value;
  };
  const main = (name: string, run: () => Promise<void>): Step => ({ name, folder: 'main', run });

  const steps: Step[] = [
    main('open', async () => openFolder('main')),
    main('board-renamed', async () => {
      const [board] = await call('boards.list', {});
      if (board === undefined) throw new Error('the template has no board');
      made.set('board', board.id);
      await call('boards.update', { id: board.id, patch: { name: 'Riverside Carers Partnership Board (renamed)' } });
    }),
    main(
      'person-created',
      async () => void made.set('person', (await call('people.create', { name: 'Priya Banerjee', consentToBeNamed: true, kind: 'carer' })).id),
    ),
    main(
      'meeting-created',
      async () =>
        void made.set(
          'meeting',
          (await call('meetings.create', { boardId: id('board'), date: '2025-09-16', startTime: '14:00', title: 'September meeting' })).id,
        ),
    ),
    main(
      'item-added',
      async () => void made.set('item', (await call('agenda.add', { meetingId: id('meeting'), title: 'Respite review', purpose: 'discussion' })).id),
    ),
    main(
      'minute-saved-1',
      async () => void (await call('minutes.save', { meetingId: id('meeting'), itemId: id('item'), text: 'Minute, first draft.' })),
    ),
    main(
      'minute-saved-2',
      async () => void (await call('minutes.save', { meetingId: id('meeting'), itemId: id('item'), text: 'Minute, second draft.' })),
    ),
    main(
      'second-item-added',
      async () =>
        void made.set('item2', (await call('agenda.add', { meetingId: id('meeting'), title: 'Any other business', purpose: 'information' })).id),
    ),
    main('second-item-removed', async () => void (await call('agenda.remove', { meetingId: id('meeting'), id: id('item2') }))),
    main(
      'action-added',
      async () =>
        void (await call('actions.add', {
          meetingId: id('meeting'),
          itemId: id('item'),
          text: 'Write to the respite provider.',
          owner: { kind: 'organisation', name: 'Riverside Carers Centre' },
        })),
    ),
    main(
      'decision-added',
      async () =>
        void (await call('resolutions.add', { meetingId: id('meeting'), itemId: id('item'), kind: 'AGREED', parts: ['That the review go ahead.'] })),
    ),
    main('attachment-added', async () => {
      const dataBase64 = Buffer.from('Respite review: the provider’s figures, page 1 of 1.\n', 'utf8').toString('base64');
      await call('attachments.add', {
        meetingId: id('meeting'),
        itemId: id('item'),
        originalName: 'Respite figures.txt',
        mediaType: 'text/plain',
        dataBase64,
      });
    }),
    main('agenda-published', async () => void (await call('meetings.publishAgenda', { id: id('meeting') }))),
    main('bundle-imported', async () => {
      const bundle: unknown = JSON.parse(fs.readFileSync(session.bundleFile, 'utf8'));
      await call('data.import', { bundle });
    }),
    main('backup-made', async () => void (await call('backups.create', {}))),
    main(
      'minute-saved-3',
      async () => void (await call('minutes.save', { meetingId: id('meeting'), itemId: id('item'), text: 'Minute, as agreed.' })),
    ),
    main(
      'attendance-set',
      async () => void (await call('attendance.set', { meetingId: id('meeting'), personId: id('person'), status: 'apologies' })),
    ),
    main('closed', async () => closeFolder('main')),
    main('reopened', async () => openFolder('main')),
    main('meeting-moved', async () => void (await call('meetings.update', { id: id('meeting'), patch: { venue: 'Committee Room 3' } }))),
    main(
      'next-meeting-created',
      async () => void made.set('next', (await call('meetings.create', { boardId: id('board'), date: '2025-10-21', startTime: '10:00' })).id),
    ),
    main(
      'next-item-added',
      async () => void made.set('nextItem', (await call('agenda.add', { meetingId: id('next'), title: 'Carers’ week', purpose: 'information' })).id),
    ),
    main(
      'next-item-renamed',
      async () => void (await call('agenda.update', { meetingId: id('next'), id: id('nextItem'), patch: { title: 'Carers’ week 2025' } })),
    ),
    main('second-backup-made', async () => void (await call('backups.create', {}))),
    // A clerk typing a minute: saved again and again, the newest acknowledged text must survive.
    ...Array.from({ length: TYPED_SAVES }, (_, n) =>
      main(
        `minute-typed-${n + 1}`,
        async () =>
          void (await call('minutes.save', {
            meetingId: id('next'),
            itemId: id('nextItem'),
            text: `Carers’ week: ${'the board heard from carers. '.repeat(n + 1)}`,
          })),
      ),
    ),
    main(
      'member-added',
      async () => void (await call('members.add', { boardId: id('board'), personId: id('person'), role: 'member', termStart: '2025-09-01' })),
    ),
    main('closed-again', async () => closeFolder('main')),
    { name: 'v1-migrated', folder: 'v1', run: async () => openFolder('v1') },
    { name: 'v1-closed', folder: 'v1', run: async () => closeFolder('v1') },
    { name: 'v2-migrated', folder: 'v2', run: async () => openFolder('v2') },
    { name: 'v2-closed', folder: 'v2', run: async () => closeFolder('v2') },
  ];

  for (const [n, step] of steps.entries()) {
    clock.atMinute(n);
    session.stepStarts?.(n, step.name);
    await step.run();
    session.say(formatAck({ step: n, name: step.name, folder: step.folder, hash: hashOf(step.folder) }));
  }
}
