import { describe, expect, it } from 'vitest';
import { docText } from '../../../../shared/document/text';
import { minuteLabels, numberAgenda } from '../../../../shared/domain';
import { composeAgenda } from '../../../../shared/domain/compose/agenda';
import type { MeetingData } from '../../../../shared/domain/compose/meeting-data';
import { composeMinutes } from '../../../../shared/domain/compose/minutes';
import { publicView } from '../../../../shared/domain/compose/public-view';
import type { AgendaItem, Board } from '../../../../shared/model';
import { item as itemRecord } from '../../../support/builders';
import { EXEMPT_MINUTE, EXEMPT_TITLE, meetingData } from './meeting-fixture';

const PUBLIC_INTEREST =
  'In all the circumstances the public interest in maintaining the exemption outweighs the public interest in disclosing the information.';

/** The fixture meeting with its items changed (and new ones added), numbered again as the backend would. */
function withItems(change: (items: AgendaItem[]) => AgendaItem[], board: Partial<Board> = {}): MeetingData {
  const base = meetingData();
  const raw = base.items.map(({ number: _n, depth: _d, part: _p, minuteLabel: _l, ...item }): AgendaItem => item);
  const nextBoard = { ...base.board, ...board };
  const numbered = numberAgenda(change(raw), { exemptOrder: nextBoard.exemptItemsOrder });
  const labels = minuteLabels(nextBoard, base.meeting.date, numbered);
  return { ...base, board: nextBoard, items: numbered.map((i) => ({ ...i, ...(labels.has(i.id) ? { minuteLabel: labels.get(i.id) ?? '' } : {}) })) };
}

const patch = (id: string, fields: Partial<AgendaItem>) => (items: AgendaItem[]) => items.map((i) => (i.id === id ? { ...i, ...fields } : i));
const exempt = (fields: Partial<Extract<AgendaItem['confidentiality'], { access: 'exempt' }>>) =>
  patch('i-exempt', { confidentiality: { access: 'exempt', category: 3, ...fields } });

describe('items as councils minute them', () => {
  it('prints the agenda item number beside the minute number when the board asks for both', () => {
    const text = docText(composeMinutes(withItems((i) => i, { printAgendaItemNumbers: true })));
    expect(text).toContain('23. Apologies for absence (agenda item 1)');
    expect(text).toContain('25. Carers’ breaks service redesign (agenda item 3)');
    expect(docText(composeMinutes(meetingData()))).not.toContain('(agenda item');
  });

  it('prints an unnumbered item by its title alone, in the agenda and the minutes, and leaves the other numbers alone', () => {
    const data = withItems((items) => [itemRecord('i-welcome', -1, { title: 'Welcome and introductions', unnumbered: true }), ...items]);
    const agenda = docText(composeAgenda(data));
    expect(agenda).toMatch(/\nWelcome and introductions\n/);
    expect(agenda).toContain('1. Apologies for absence');
    const minutes = docText(composeMinutes(data));
    expect(minutes).toMatch(/\nWelcome and introductions\n/);
    expect(minutes).toContain('23. Apologies for absence');
  });

  it('says who took the chair where it changed hands, and who took it back', () => {
    const text = docText(composeMinutes(withItems(patch('i-breaks', { chairPersonId: 'p-cllr' }))));
    expect(text).toMatch(/25\. Carers’ breaks service redesign\nCllr Peter Holloway in the chair\.\n/);
    expect(text).toMatch(/26\. Any other business\nCllr Amina Okafor in the chair\.\n/);
    expect(text).not.toMatch(/23\. Apologies for absence\n[^\n]*in the chair/);
  });

  it('prints who presented, as a role in public where the presenter has not agreed to be named', () => {
    const data = meetingData();
    expect(docText(composeMinutes(data))).toMatch(/25\. Carers’ breaks service redesign\nPresented by Helen Carter\.\n/);
    const publicText = docText(composeMinutes(publicView(data)));
    expect(publicText).toContain('Presented by a carer.');
    expect(publicText).not.toContain('Janet Morley');
  });

  it('prints in the agenda the person recorded as presenting where no words were given', () => {
    const data = withItems(patch('i-breaks', { presenter: undefined }));
    expect(docText(composeAgenda(data))).toContain('For decision; presented by Helen Carter; 40 minutes.');
  });

  it('keeps what the agenda said the item was for apart from the minute, printing both', () => {
    const data = withItems(patch('i-breaks', { description: 'To consider options for redesigning the carers’ breaks service.' }));
    expect(docText(composeAgenda(data))).toContain('For decision; presented by Helen Carter; 40 minutes.\nTo consider options for redesigning');
    expect(docText(composeMinutes(data))).toMatch(/To consider options for redesigning the carers’ breaks service\.\nMinutes:\nMembers asked:/);
  });
});

describe('exempt business as councils minute it', () => {
  it('cites every paragraph of Schedule 12A an item falls under, and the public-interest test, in private and public minutes', () => {
    const data = withItems(exempt({ furtherCategories: [1], publicInterest: PUBLIC_INTEREST, reason: 'Names the provider.' }));
    for (const doc of [composeMinutes(data), composeMinutes(publicView(data))]) {
      const text = docText(doc);
      expect(text).toContain(
        'for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraphs 1 and 3 of Part 1',
      );
      expect(text).toContain(`of Schedule 12A to the Act.\n${PUBLIC_INTEREST}`);
    }
    const publicText = docText(composeMinutes(publicView(data)));
    expect(publicText).toContain(
      'as defined in paragraphs 1 and 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (information relating to any individual;',
    );
    expect(publicText).not.toContain('Names the provider');
    expect(docText(composeAgenda(data))).toContain(PUBLIC_INTEREST);
  });

  it('never prints what the agenda says of an exempt item in a public document', () => {
    const secret = 'To agree the hourly rate to be offered to the provider.';
    const data = withItems((items) => exempt({ publicInterest: PUBLIC_INTEREST })(patch('i-exempt', { description: secret })(items)));
    expect(docText(composeAgenda(data))).toContain(secret);
    expect(docText(composeMinutes(data))).toContain(secret);
    for (const doc of [composeAgenda(publicView(data)), composeMinutes(publicView(data))]) expect(docText(doc)).not.toContain(secret);
  });

  it('prints no public-interest statement that was not recorded', () => {
    expect(docText(composeMinutes(meetingData()))).not.toContain('public interest');
  });

  it('minutes an item in public, with its content, when the motion to exclude the press and public was lost', () => {
    const data = withItems(exempt({ exclusionMotion: 'lost' }));
    const publicText = docText(composeMinutes(publicView(data)));
    expect(publicText).toContain(
      `27. ${EXEMPT_TITLE}\nA motion to exclude the press and public for this item was LOST. The item was therefore considered in public.`,
    );
    expect(publicText).toContain(EXEMPT_MINUTE);
    expect(publicText).not.toContain('Exclusion of the press and public');
  });

  it('keeps exempt items in the order taken when the board says so, excluding the press and public just before', () => {
    const data = withItems(patch('i-aob', { minuteNumber: 28 }), { exemptItemsOrder: 'as-taken' });
    const text = docText(composeMinutes(data));
    const order = ['25. Carers’ breaks', 'Exclusion of the press and public', `27. ${EXEMPT_TITLE}`, '28. Any other business'].map((h) =>
      text.indexOf(h),
    );
    expect(order.every((at) => at > -1)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const agenda = docText(composeAgenda(data));
    expect(agenda.indexOf('Part II: items to be considered in private')).toBeLessThan(agenda.indexOf('5. Any other business'));
    expect(agenda).toContain(`4. ${EXEMPT_TITLE}`);
  });
});
