import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docText } from '../../../../shared/document/text';
import { composeActionLog } from '../../../../shared/domain/compose/action-log';
import { composeAgenda } from '../../../../shared/domain/compose/agenda';
import { meetingEvent } from '../../../../shared/domain/compose/calendar';
import { composeResolutionExtract } from '../../../../shared/domain/compose/extract';
import { composeMinutes } from '../../../../shared/domain/compose/minutes';
import { publicActionLog, publicView } from '../../../../shared/domain/compose/public-view';
import { arbitraryMeeting, findLeak } from '../../../support/arbitrary-meeting';

describe('public documents never leak', () => {
  it('exempt text or the name of anyone who has not agreed to be named (1,000 generated meetings)', () => {
    fc.assert(
      fc.property(arbitraryMeeting, (generated) => {
        const view = publicView(generated.data);
        const log = publicActionLog({
          audience: 'private',
          board: generated.data.board,
          people: generated.data.people,
          today: generated.data.today,
          recentDays: 90,
          entries: generated.data.actions.map((action) => ({
            action,
            meetingDate: generated.data.meeting.date,
            itemTitle: generated.data.items.find((i) => i.id === action.itemId)?.title ?? '',
            fromPrivateItem: generated.data.items.find((i) => i.id === action.itemId)?.part === 'private',
          })),
        });
        const texts = [
          docText(composeMinutes(view)),
          docText(composeAgenda(view)),
          docText(composeActionLog(log)),
          meetingEvent(view).description,
          ...view.resolutions.map((r) => docText(composeResolutionExtract(view, r.id))),
        ];
        for (const text of texts) expect(findLeak(text, generated)).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('while the private minutes do carry the exempt content and the names (so the test can see a leak)', () => {
    fc.assert(
      fc.property(arbitraryMeeting, (generated) => {
        const text = docText(composeMinutes(generated.data));
        const hasPrivate = generated.data.items.some((i) => i.part === 'private');
        if (hasPrivate) expect(findLeak(text, { unnamed: [] })).toMatch(/^exempt text/);
        if (generated.unnamed.length > 0) expect(generated.unnamed.some((name) => text.includes(name))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
