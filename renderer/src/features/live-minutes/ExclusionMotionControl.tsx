import type { ReactNode } from 'react';
import type { NumberedItem } from '../../../../shared/api/views';
import type { ExclusionOutcome } from '../../../../shared/model/agenda-item';
import { useApi } from '../../api/ApiProvider';
import { FormError } from './FormError';
import { useLiveMeeting } from './meeting-context';
import { useMutation } from './use-mutation';

const SAID: Readonly<Record<ExclusionOutcome, string>> = {
  carried: 'Carried: the press and public were excluded for this item.',
  lost: 'Lost: the item was taken in public, and is minuted in the public minutes.',
};

/** How the motion to exclude the press and public went for an exempt item, recorded as it happens. */
export function ExclusionMotionControl({ item }: { item: NumberedItem }): ReactNode {
  const { detail, locked, refresh } = useLiveMeeting();
  const { call } = useApi();
  const record = useMutation(refresh);
  const exempt = item.confidentiality.access === 'exempt' ? item.confidentiality : null;
  if (exempt === null) return null;
  const outcome = exempt.exclusionMotion;
  const choose = (next: ExclusionOutcome): void =>
    void record.run(
      () => call('agenda.update', { meetingId: detail.meeting.id, id: item.id, patch: { confidentiality: { ...exempt, exclusionMotion: next } } }),
      `The motion to exclude the press and public is recorded as ${next}.`,
    );
  return (
    <div className="exclusion-motion" data-testid="exclusion-motion">
      <p>
        <strong>Motion to exclude the press and public:</strong> {outcome === undefined ? 'not recorded yet.' : SAID[outcome]}
      </p>
      {locked ? null : (
        <p className="button-row">
          {(['carried', 'lost'] as const)
            .filter((o) => o !== outcome)
            .map((o) => (
              <button key={o} type="button" className="button button--small button--secondary" aria-disabled={record.busy} onClick={() => choose(o)}>
                {o === 'carried' ? 'Record it as carried' : 'Record it as lost'}
              </button>
            ))}
        </p>
      )}
      <FormError error={record.error} />
    </div>
  );
}
