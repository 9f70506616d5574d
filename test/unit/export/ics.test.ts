import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../../shared/domain/compose/calendar';
import { renderIcs } from '../../../electron/backend/export/ics';

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'm1@minute-book',
  title: 'Riverside Carers Partnership Board',
  start: [2025, 6, 10, 13, 0],
  end: [2025, 6, 10, 15, 0],
  description: 'Meeting of the Riverside Carers Partnership Board.\nJoin online: http://127.0.0.1:1/x',
  cancelled: false,
  ...overrides,
});

describe('the calendar file of a meeting', () => {
  it('carries the online link and the clerk as organiser when the calendar format accepts them', async () => {
    const ics = await renderIcs(event({ url: 'https://meet.example.org/board', organiser: { name: 'Tom Reyes', email: 'clerk@example.org' } }));
    expect(ics).toContain('URL:https://meet.example.org/board');
    expect(ics).toMatch(/ORGANIZER;CN="?Tom Reyes"?:mailto:clerk@example.org/i);
  });

  it('is still written, with the link in its description, when the link or the clerk’s e-mail does not fit the calendar format', async () => {
    // Long lines are folded (a line break and a space) and breaks in the text are written \n: unfold to read it.
    const ics = (await renderIcs(event({ url: 'http://127.0.0.1:1/x', organiser: { name: 'NaN', email: '2025-02-30' } }))).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('SUMMARY:Riverside Carers Partnership Board');
    expect(ics).toContain('Join online: http://127.0.0.1:1/x');
    expect(ics).not.toContain('URL:');
    expect(ics).not.toContain('ORGANIZER');
  });
});
