import type { ReactNode } from 'react';
import type { MeetingStatus } from '../../../../shared/model/meeting';
import { Tag } from '../../components/Tag';
import type { TagTone } from '../../components/Tag';
import { meetingStatusLabel } from '../../../../shared/domain';

const TONES: Readonly<Record<MeetingStatus, TagTone>> = {
  draft: 'neutral',
  'agenda-published': 'info',
  held: 'info',
  'minutes-drafted': 'neutral',
  'minutes-signed': 'success',
  cancelled: 'warning',
};

export function MeetingStatusTag({ status }: { status: MeetingStatus }): ReactNode {
  return <Tag tone={TONES[status]}>{meetingStatusLabel(status)}</Tag>;
}
