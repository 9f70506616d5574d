import type { Meeting } from '../../../../shared/model/meeting';
import type { Call } from '../../api/client';
import { approvalWording } from '../live-minutes/standard-wording';

/**
 * Writes the approval into the record of the meeting that approved the minutes, under its "Minutes of the
 * previous meeting" item: the resolution, and the minute if nothing is written there yet. Best effort: the
 * approval itself is already made, and the clerk can write these by hand in that meeting's live minutes.
 */
export async function recordApprovalAt(call: Call, approved: Meeting, atMeeting: Meeting, signedBy: string): Promise<void> {
  try {
    const at = await call('meetings.get', { id: atMeeting.id, carriedActions: false });
    if (at.locked) return;
    const item = at.items.find((i) => i.standardKind === 'previous-minutes');
    if (item === undefined) return;
    const words = approvalWording(approved.date, signedBy);
    if (!at.resolutions.some((r) => r.itemId === item.id && r.parts.some((p) => p.text === words.resolution))) {
      await call('resolutions.add', { meetingId: at.meeting.id, itemId: item.id, kind: 'RESOLVED', parts: [words.resolution] });
    }
    const minute = at.minutes.find((m) => m.itemId === item.id);
    if (minute === undefined || minute.text.trim() === '') {
      await call('minutes.save', { meetingId: at.meeting.id, itemId: item.id, text: words.minute });
    }
  } catch {
    /* see above: the approval stands either way */
  }
}
