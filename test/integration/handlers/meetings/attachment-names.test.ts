import { Buffer } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SavableFile } from '../../../../shared/api/exports';
import { harness, type Harness } from '../../../support/temp-backend';

let h: Harness;
beforeEach(() => {
  h = harness();
  h.clock.set('2025-07-01T09:00:00.000Z');
});
afterEach(() => h.dispose());

const bytes = Buffer.from('%PDF-1.7 a paper').toString('base64');

async function meetingId(): Promise<string> {
  const board = await h.call('boards.create', { name: 'Carers Board', shortCode: 'CB', kind: 'co-production-board', quorum: 2 });
  return (await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '14:00' })).id;
}

describe('the names of attached files', () => {
  it('keeps a paper’s name without the right-to-left override that would disguise a program', async () => {
    const id = await meetingId();
    const added = await h.call('attachments.add', {
      meetingId: id,
      originalName: 'Carers report \u202Efdp.exe',
      mediaType: 'application/pdf',
      dataBase64: bytes,
    });
    expect(added.originalName).toBe('Carers report fdp.exe');
    const read = await h.call('attachments.read', { meetingId: id, id: added.id });
    expect(read.attachment.originalName).toBe('Carers report fdp.exe');
  });

  it('keeps no folders, control characters or device names', async () => {
    const id = await meetingId();
    const names: [string, string][] = [
      ['../../minute-book.json', 'minute-book.json'],
      ['C:\\Users\\clerk\\Documents\\Budget.pdf', 'C-Users-clerk-Documents-Budget.pdf'],
      ['Agenda\u0000\u001b[31m.pdf', 'Agenda [31m.pdf'],
      ['CON.pdf', 'CON_.pdf'],
      ['  .hidden.pdf  ', 'hidden.pdf'],
      ['\u2066\u2069.pdf', 'attachment.pdf'],
    ];
    for (const [given, kept] of names) {
      const added = await h.call('attachments.add', { meetingId: id, originalName: given, mediaType: 'application/pdf', dataBase64: bytes });
      expect(added.originalName, JSON.stringify(given)).toBe(kept);
    }
  });

  it('cuts a very long name, keeping its extension', async () => {
    const added = await h.call('attachments.add', {
      meetingId: await meetingId(),
      originalName: `${'Long report '.repeat(60)}.docx`,
      mediaType: 'application/pdf',
      dataBase64: bytes,
    });
    expect(added.originalName.length).toBeLessThanOrEqual(150);
    expect(added.originalName.endsWith('.docx')).toBe(true);
  });

  it('still refuses an empty name', async () => {
    expect(
      await h.refusal('attachments.add', { meetingId: await meetingId(), originalName: '  ', mediaType: 'application/pdf', dataBase64: bytes }),
    ).toMatchObject({
      code: 'invalid_input',
      path: 'originalName',
    });
  });
});

describe('the names of exported files', () => {
  it('are clean enough for Save As, whatever a person’s name holds', async () => {
    const board = await h.call('boards.create', { name: 'Carers Board', shortCode: 'CB', kind: 'co-production-board', quorum: 2 });
    const person = await h.call('people.create', { name: 'Dev \u202ESharma/..\\x', kind: 'expert-by-experience', consentToBeNamed: true });
    await h.call('reward.rates.set', { role: 'expert-by-experience', band: 'up-to-half-day', amountPence: 2500, effectiveFrom: '2024-04-06' });
    await h.call('reward.claims.create', {
      personId: person.id,
      boardId: board.id,
      activity: 'training',
      date: '2025-06-10',
      durationMinutes: 60,
      choice: { kind: 'bank-transfer' },
    });
    const statement = await h.call('reward.statement', { personId: person.id, taxYear: '2025/26', format: 'pdf' });
    expect(statement.fileName).toBe('Reward statement Dev Sharma-..-x 2025-26.pdf');
    const finance = await h.call('reward.financeCsv', { personId: person.id });
    for (const file of [statement, finance]) {
      expect(SavableFile.safeParse({ fileName: file.fileName, mediaType: file.mediaType }).success, file.fileName).toBe(true);
    }
  });
});
