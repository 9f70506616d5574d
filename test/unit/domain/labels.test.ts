import { describe, expect, it } from 'vitest';
import { BOARD_KINDS, ITEM_PURPOSES } from '../../../shared/model/board';
import { MEETING_STATUSES } from '../../../shared/model/meeting';
import { boardKindLabel, exemptCategoryLabel, itemPurposeLabel, meetingStatusLabel, quorumLabel } from '../../../shared/domain';

describe('labels in words', () => {
  it('names every board kind, meeting status and purpose in plain words', () => {
    for (const kind of BOARD_KINDS) expect(boardKindLabel(kind)).toMatch(/^[A-Z][a-z ]+(-[a-z]+)?[a-z ]*$/);
    for (const status of MEETING_STATUSES) expect(meetingStatusLabel(status)).toMatch(/^[A-Z][a-z ]+$/);
    for (const purpose of ITEM_PURPOSES) expect(itemPurposeLabel(purpose)).toMatch(/^For (decision|discussion|information)$/);
  });

  it('uses the words clerks use', () => {
    expect(boardKindLabel('co-production-board')).toBe('Co-production board');
    expect(boardKindLabel('health-and-wellbeing-board')).toBe('Health and wellbeing board');
    expect(meetingStatusLabel('minutes-signed')).toBe('Minutes approved and signed');
    expect(meetingStatusLabel('agenda-published')).toBe('Agenda published');
  });

  it('cites the paragraph of Schedule 12A with its wording', () => {
    expect(exemptCategoryLabel(3)).toMatch(/^Paragraph 3: Information relating to the financial or business affairs/);
  });

  it('counts the quorum in members', () => {
    expect(quorumLabel(1)).toBe('1 member');
    expect(quorumLabel(5)).toBe('5 members');
  });
});
