import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../../../support/temp-backend';
import { docxText, pdfBodyText, requireTool } from '../../export/tools';

const PUBLIC_INTEREST =
  'In all the circumstances the public interest in maintaining the exemption outweighs the public interest in disclosing the information.';

let h: Harness;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'items-exempt-'));
const ids = { meeting: '', welcome: '', apologies: '', business: '', exempt: '', lost: '', vice: '' };

beforeAll(async () => {
  h = harness();
  h.clock.set('2025-06-01T09:00:00.000Z');
  const board = await h.call('boards.create', {
    name: 'Riverside Scrutiny Committee',
    shortCode: 'RSC',
    kind: 'committee',
    quorum: 2,
    printAgendaItemNumbers: true,
    exemptItemsOrder: 'as-taken',
    minuteNumbering: { template: '{n}.', restart: 'never', carriedFrom: { number: 67, date: '2025-05-01' } },
  });
  const chair = await h.call('people.create', { name: 'Amina Okafor', publicName: 'Cllr Amina Okafor', consentToBeNamed: true, kind: 'councillor' });
  const vice = await h.call('people.create', {
    name: 'Peter Holloway',
    publicName: 'Cllr Peter Holloway',
    consentToBeNamed: true,
    kind: 'councillor',
  });
  ids.vice = vice.id;
  await h.call('members.add', { boardId: board.id, personId: chair.id, role: 'chair', termStart: '2025-01-01' });
  await h.call('members.add', { boardId: board.id, personId: vice.id, role: 'vice-chair', termStart: '2025-01-01' });
  const meeting = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '18:00', withStandardItems: false });
  ids.meeting = meeting.id;
  const add = async (fields: Record<string, unknown>): Promise<string> =>
    ((await h.call('agenda.add', { meetingId: meeting.id, purpose: 'information', ...fields } as never)) as { id: string }).id;
  ids.welcome = await add({ title: 'Welcome', unnumbered: true });
  ids.apologies = await add({ title: 'Apologies', standardKind: 'apologies' });
  ids.business = await add({
    title: 'Library opening hours',
    purpose: 'decision',
    description: 'To consider the results of the consultation on library opening hours.',
    presenterPersonId: chair.id,
    chairPersonId: vice.id,
  });
  ids.exempt = await add({
    title: 'Sale of the depot site',
    confidentiality: { access: 'exempt', category: 3, furtherCategories: [1], publicInterest: PUBLIC_INTEREST, exclusionMotion: 'carried' },
  });
  ids.lost = await add({ title: 'Leisure contract', confidentiality: { access: 'exempt', category: 3, exclusionMotion: 'lost' } });
  await h.call('meetings.publishAgenda', { id: meeting.id });
  await h.call('meetings.hold', { id: meeting.id });
  await h.call('minutes.save', { meetingId: meeting.id, itemId: ids.business, text: 'Members welcomed the longer Saturday hours.' });
  await h.call('minutes.save', { meetingId: meeting.id, itemId: ids.exempt, text: 'The offer from Depot Holdings was discussed.' });
  await h.call('minutes.save', { meetingId: meeting.id, itemId: ids.lost, text: 'Members discussed the leisure contract in public.' });
  await h.call('minutes.draft', { meetingId: meeting.id });
}, 120_000);

afterAll(() => {
  h?.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function exported(kind: 'minutes' | 'public-minutes' | 'agenda', format: 'pdf' | 'docx'): Promise<string> {
  const file = await h.call('exports.render', { meetingId: ids.meeting, kind, format });
  const out = path.join(dir, `${kind}.${format}`);
  fs.writeFileSync(out, h.bytes(file));
  return format === 'pdf' ? pdfBodyText(out) : docxText(out);
}

describe('items and exempt business through the contract', () => {
  it('numbers the minutes from where the board had reached, leaving the unnumbered welcome out', async () => {
    const detail = await h.call('meetings.get', { id: ids.meeting });
    expect(detail.items.map((i) => [i.title, i.number, i.minuteLabel ?? ''])).toEqual([
      ['Welcome', '', ''],
      ['Apologies', '1', '68.'],
      ['Library opening hours', '2', '69.'],
      ['Sale of the depot site', '3', '70.'],
      ['Leisure contract', '4', '71.'],
    ]);
  });

  it('prints the agenda text, both numbers, the chair, the presenter and exempt business in the PDF and Word minutes', async () => {
    requireTool('pdftotext');
    for (const format of ['pdf', 'docx'] as const) {
      const text = (await exported('minutes', format)).replace(/\s+/g, ' ');
      expect(text, format).toContain('Welcome');
      expect(text, format).toContain('68. Apologies (agenda item 1)');
      expect(text, format).toContain('69. Library opening hours (agenda item 2) Cllr Peter Holloway in the chair. Presented by Cllr Amina Okafor.');
      expect(text, format).toContain(
        'To consider the results of the consultation on library opening hours. Minutes: Members welcomed the longer Saturday hours.',
      );
      expect(text, format).toContain('exempt information as defined in paragraphs 1 and 3 of Part 1 of Schedule 12A to the Act.');
      expect(text, format).toContain(PUBLIC_INTEREST);
      expect(text, format).toContain('Cllr Amina Okafor in the chair.');
      expect(text, format).toContain('A motion to exclude the press and public for this item was LOST. The item was therefore considered in public.');
    }
  });

  it('keeps the private item out of the public minutes and the item whose exclusion was lost in them', async () => {
    const text = (await exported('public-minutes', 'pdf')).replace(/\s+/g, ' ');
    expect(text).not.toContain('Depot Holdings');
    expect(text).not.toContain('Sale of the depot site');
    expect(text).toContain('Members discussed the leisure contract in public.');
    expect(text).toContain(PUBLIC_INTEREST);
    expect(text.indexOf('Exclusion of the press and public')).toBeLessThan(text.indexOf('71. Leisure contract'));
  });

  it('refuses a chair Minute Book does not know, naming the field', async () => {
    const error = await h.refusal('agenda.update', { meetingId: ids.meeting, id: ids.apologies, patch: { chairPersonId: 'nobody' } });
    expect(error).toMatchObject({ code: 'not_found', path: 'patch.chairPersonId' });
  });

  it('refuses a paragraph that Schedule 12A does not have, naming the field', async () => {
    const error = await h.refusal('agenda.update', {
      meetingId: ids.meeting,
      id: ids.exempt,
      patch: { confidentiality: { access: 'exempt', category: 3, furtherCategories: [9] } },
    });
    expect(error.code).toBe('invalid_input');
    expect(error.path).toBe('patch.confidentiality.furtherCategories.0');
    expect(error.message).toContain('A paragraph of Schedule 12A is a whole number from 1 to 7');
  });

  it('refuses to number or unnumber an item once the minutes are numbered', async () => {
    const error = await h.refusal('agenda.update', { meetingId: ids.meeting, id: ids.apologies, patch: { unnumbered: true } });
    expect(error).toMatchObject({ code: 'conflict', path: 'patch.unnumbered' });
    expect(error.message).toContain('numbered');
  });

  it('carries the new fields in a bundle, and still imports an exempt item with one paragraph', async () => {
    const bundle = await h.call('data.export', {});
    const other = harness();
    try {
      await other.call('data.import', { bundle });
      const items = (await other.call('meetings.get', { id: ids.meeting })).items;
      expect(items.find((i) => i.id === ids.business)).toMatchObject({ chairPersonId: ids.vice, description: expect.stringContaining('library') });
      expect(items.find((i) => i.id === ids.lost)?.confidentiality).toEqual({ access: 'exempt', category: 3, exclusionMotion: 'lost' });
    } finally {
      other.dispose();
    }
  });
});
