import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../shared/model';
import { docxText, pdfBodyText, requireTool } from '../../export/tools';
import { runCli } from '../../../support/run-cli';
import { harness, tempDir, type Harness } from '../../../support/temp-backend';

let h: Harness;
beforeEach(() => {
  h = harness();
  h.clock.set('2026-01-12T16:00:00.000Z');
});
afterEach(() => h.dispose());

type Setup = { readonly boardId: string; readonly january: Meeting; readonly items: readonly [string, string]; readonly leafletId: string };

/**
 * A board's January meeting with two items and three actions as a council logs them: raised against both items
 * with the council's own reference and an owner by initials; due "next meeting" with the owner to be confirmed;
 * due "before the budget is set". The leaflet's history: in progress on 1 February, done on 20 March.
 */
async function setUp(): Promise<Setup> {
  const board = await h.call('boards.create', { name: 'Carers Board', shortCode: 'CB', kind: 'co-production-board', quorum: 3 });
  const january = await h.call('meetings.create', { boardId: board.id, date: '2026-01-12', startTime: '14:00' });
  await h.call('meetings.create', { boardId: board.id, date: '2026-03-09', startTime: '14:00' });
  const first = (await h.call('agenda.add', { meetingId: january.id, title: 'Carers’ leaflet', purpose: 'decision' })).id;
  const second = (await h.call('agenda.add', { meetingId: january.id, title: 'Carers’ survey', purpose: 'discussion' })).id;
  const leaflet = await h.call('actions.add', {
    meetingId: january.id,
    itemId: first,
    otherItemIds: [second],
    references: ['A23/04'],
    text: 'Print the carers’ leaflet',
    owner: { kind: 'initials', initials: 'JB' },
    due: { kind: 'month', month: '2026-02' },
  });
  await h.call('actions.add', { meetingId: january.id, text: 'Bring the risk register', owner: { kind: 'tbc' }, due: { kind: 'next-meeting' } });
  await h.call('actions.add', {
    meetingId: january.id,
    text: 'Agree the charging policy',
    owner: { kind: 'organisation', name: 'Adult Social Care' },
    due: { kind: 'words', words: 'before the budget is set' },
  });
  h.clock.set('2026-02-01T10:00:00.000Z');
  await h.call('actions.addUpdate', { meetingId: january.id, id: leaflet.id, status: 'in-progress', note: 'Quotes requested', date: '2026-02-01' });
  h.clock.set('2026-03-20T10:00:00.000Z');
  await h.call('actions.addUpdate', { meetingId: january.id, id: leaflet.id, status: 'done', note: 'Printed and sent', date: '2026-03-20' });
  h.clock.set('2026-03-25T10:00:00.000Z');
  return { boardId: board.id, january, items: [first, second], leafletId: leaflet.id };
}

describe('actions as councils record them', () => {
  it('keeps several items, the council’s references, owners by initials or to be confirmed, and due months, meetings or words', async () => {
    const { january, items, leafletId } = await setUp();
    const detail = await h.call('meetings.get', { id: january.id });
    const leaflet = detail.actions.find((a) => a.id === leafletId);
    expect(leaflet).toMatchObject({
      itemId: items[0],
      otherItemIds: [items[1]],
      references: ['A23/04'],
      owner: { kind: 'initials', initials: 'JB' },
    });
    expect(leaflet?.history.map((u) => [u.date, u.status, u.note])).toEqual([
      ['2026-02-01', 'in-progress', 'Quotes requested'],
      ['2026-03-20', 'done', 'Printed and sent'],
    ]);
    const open = await h.call('actions.list', { status: 'outstanding' });
    expect(open.map((a) => [a.text, a.ownerLabel, a.overdue])).toEqual([
      // The next meeting (9 March) has passed: overdue. Words are never overdue.
      ['Bring the risk register', 'To be confirmed', true],
      ['Agree the charging policy', 'Adult Social Care', false],
    ]);
  });

  it('changes the due and the references, and clears them', async () => {
    const { january, leafletId } = await setUp();
    const changed = await h.call('actions.update', {
      meetingId: january.id,
      id: leafletId,
      patch: { due: { kind: 'date', date: '2026-04-30' }, references: ['A23/04', 'R7'] },
    });
    expect(changed).toMatchObject({ due: { kind: 'date', date: '2026-04-30' }, references: ['A23/04', 'R7'] });
    const cleared = await h.call('actions.update', { meetingId: january.id, id: leafletId, patch: { due: null, references: null } });
    expect(cleared).not.toHaveProperty('due');
    expect(cleared).not.toHaveProperty('references');
  });

  it('refuses bad input in plain words at the field’s path', async () => {
    const { january, items } = await setUp();
    const base = { meetingId: january.id, text: 'Something', owner: { kind: 'tbc' } };
    expect(await h.refusal('actions.add', { ...base, due: { kind: 'month', month: '2026-13' } })).toMatchObject({
      code: 'invalid_input',
      path: 'due.month',
      message: expect.stringContaining('Give a month as YYYY-MM'),
    });
    expect(await h.refusal('actions.add', { ...base, owner: { kind: 'initials', initials: '' } })).toMatchObject({ path: 'owner.initials' });
    expect(await h.refusal('actions.add', { ...base, itemId: items[0], otherItemIds: [items[0]] })).toMatchObject({
      path: 'otherItemIds.0',
      message: 'That item is already named for this action.',
    });
    expect(await h.refusal('actions.add', { ...base, otherItemIds: ['nowhere'] })).toMatchObject({ path: 'otherItemIds.0' });
    expect(await h.refusal('actions.add', { ...base, references: [''] })).toMatchObject({ path: 'references.0' });
  });

  it('prints the action log as at a past day in PDF and Word: the status then, later updates left out, the day in the heading', async () => {
    requireTool('pdftotext');
    const { boardId } = await setUp();
    const dir = tempDir('minute-book-actions-');
    const pdf = path.join(dir, 'log.pdf');
    writeFileSync(pdf, h.bytes(await h.call('exports.render', { boardId, kind: 'actions', format: 'pdf', asAt: '2026-03-01' })));
    const docx = path.join(dir, 'log.docx');
    writeFileSync(docx, h.bytes(await h.call('exports.render', { boardId, kind: 'actions', format: 'docx', asAt: '2026-03-01' })));
    for (const text of [pdfBodyText(pdf), await docxText(docx)]) {
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Action log: Carers Board, as at Sunday 1 March 2026');
      expect(flat).toContain('3 open actions, 1 of them overdue.');
      expect(flat).toContain('February 2026');
      expect(flat).toContain('JB');
      expect(flat).toContain('(ref. A23/04)');
      expect(flat).toContain('Overdue. Latest update, Sunday 1 February 2026: Quotes requested');
      expect(flat).toContain('Next meeting (Monday 9 March 2026)');
      expect(flat).toContain('To be confirmed');
      expect(flat).toContain('before the budget is set');
      expect(flat).not.toContain('Printed and sent');
    }
    // Today's log: the leaflet is done, with its outcome.
    const today = path.join(dir, 'today.pdf');
    writeFileSync(today, h.bytes(await h.call('exports.render', { boardId, kind: 'actions', format: 'pdf' })));
    expect(pdfBodyText(today).replace(/\s+/g, ' ')).toContain('Done: Printed and sent');
  });

  it('refuses an as-at day to come, and as-at on anything but the action log', async () => {
    const { boardId, january } = await setUp();
    expect(await h.refusal('exports.render', { boardId, kind: 'actions', format: 'pdf', asAt: '2026-04-01' })).toMatchObject({
      code: 'invalid_input',
      path: 'asAt',
    });
    expect(await h.refusal('exports.render', { meetingId: january.id, kind: 'agenda', format: 'pdf', asAt: '2026-03-01' })).toMatchObject({
      path: 'asAt',
      message: 'Only the action log can be printed as at a date.',
    });
  });

  it('prints the log as at a day from the command line with --as-at', async () => {
    const { boardId } = await setUp();
    h.backend.close();
    const out = path.join(tempDir('minute-book-actions-cli-'), 'log.csv');
    const result = await runCli(
      'render',
      '--board',
      boardId,
      '--kind',
      'actions',
      '--format',
      'csv',
      '--as-at',
      '2026-03-01',
      '--out',
      out,
      '--data',
      h.dir,
    );
    expect(result).toMatchObject({ code: 0, err: '' });
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain('In progress');
    expect(csv).not.toContain('Printed and sent');
    const bad = await runCli('render', '--board', boardId, '--kind', 'actions', '--as-at', '1 March', '--out', out, '--data', h.dir);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('asAt');
  });
});
