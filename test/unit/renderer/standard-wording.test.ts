import { describe, expect, it } from 'vitest';
import type { NumberedItem } from '../../../shared/api/views';
import type { Attendance, Declaration } from '../../../shared/model/attendance';
import { apologiesWording, declarationsWording } from '../../../renderer/src/features/live-minutes/standard-wording';
import { item } from '../../support/builders';

const T = '2025-06-10T13:00:00.000Z';
const names: Record<string, string> = { a: 'Cllr Amina Okafor', b: 'Dev Sharma', c: 'Cllr Lisa Chen', d: 'Cllr Peter Holloway' };
const publicName = (id: string): string => names[id] ?? id;
const att = (personId: string, status: Attendance['status'], substituteForPersonId?: string): Attendance => ({
  id: personId,
  meetingId: 'm1',
  personId,
  status,
  movements: [],
  createdAt: T,
  updatedAt: T,
  ...(substituteForPersonId ? { substituteForPersonId } : {}),
});

describe('standard wording', () => {
  it('lists apologies and substitutes by their public names', () => {
    expect(apologiesWording([att('a', 'present'), att('b', 'apologies'), att('d', 'apologies'), att('c', 'present', 'd')], publicName)).toBe(
      'Apologies for absence were received from Dev Sharma and Cllr Peter Holloway. Cllr Lisa Chen attended as substitute for Cllr Peter Holloway.',
    );
    expect(apologiesWording([att('a', 'present')], publicName)).toBe('There were no apologies for absence.');
  });

  it('minutes each declaration with its item, and says who took no part in the vote', () => {
    const items: NumberedItem[] = [{ ...item('i9', 8, { title: 'Home care contract' }), number: '9', depth: 0, part: 'private' }];
    const dpi: Declaration = {
      id: 'd1',
      meetingId: 'm1',
      itemId: 'i9',
      personId: 'a',
      type: 'disclosable-pecuniary',
      nature: 'Her spouse works for a provider',
      leftTheRoom: true,
      createdAt: T,
      updatedAt: T,
    };
    expect(declarationsWording([dpi], items, publicName)).toBe(
      'Cllr Amina Okafor declared a disclosable pecuniary interest in item 9, Home care contract: Her spouse works for a provider. They left the room for that item and took no part in the vote.',
    );
    expect(declarationsWording([], items, publicName)).toBe('There were no declarations of interest.');
  });
});
