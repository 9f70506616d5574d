import type { DocModel } from '../../../../shared/document/model';
import { composeAgenda } from '../../../../shared/domain/compose/agenda';
import { composeEasyReadAgenda, composeEasyReadMinutes } from '../../../../shared/domain/compose/easy-read';
import type { MeetingData } from '../../../../shared/domain/compose/meeting-data';
import { composeMinutes } from '../../../../shared/domain/compose/minutes';

export type MeetingDocumentKind = 'agenda' | 'minutes' | 'public-minutes' | 'easy-read-agenda' | 'easy-read-minutes';

/**
 * A meeting's document as one DocModel: what the files are rendered from and what the screens draw "as printed",
 * so the two cannot disagree. The audience is already applied to `data` (see `meetingData`).
 */
export function meetingDocument(data: MeetingData, kind: MeetingDocumentKind): DocModel {
  switch (kind) {
    case 'agenda':
      return composeAgenda(data);
    case 'minutes':
    case 'public-minutes':
      return composeMinutes(data);
    case 'easy-read-agenda':
      return composeEasyReadAgenda(data);
    case 'easy-read-minutes':
      return composeEasyReadMinutes(data);
  }
}
