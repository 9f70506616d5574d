import { checkMeetingReadability } from '../../../../shared/domain/readability/meeting-check';
import { meetingData } from '../data/export-data';
import type { HandlerMap } from '../handler-context';
import { requireMeeting } from '../lookup';

export const plainEnglishHandlers: HandlerMap<'plainEnglish.meetingCheck'> = {
  'plainEnglish.meetingCheck': (input, ctx) => {
    const meeting = requireMeeting(ctx, input.meetingId);
    // The same data an export is composed from: the public view for a public document.
    return checkMeetingReadability(meetingData(ctx, meeting, input.audience), input.document);
  },
};
