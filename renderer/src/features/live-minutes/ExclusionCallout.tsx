import type { ReactNode } from 'react';
import type { NumberedItem } from '../../../../shared/api/views';
import { exemptCategoryLabel } from '../../../../shared/domain/labels';
import { exemptParagraphs } from '../../../../shared/model/agenda-item';
import { useApi } from '../../api/ApiProvider';
import { FormError } from './FormError';
import { useLiveMeeting } from './meeting-context';
import { exclusionPlan } from './exclusion-plan';
import { useMutation } from './use-mutation';

/**
 * Before the first exempt item the meeting must resolve to exclude the press and public, citing the paragraph of
 * Schedule 12A. Shown on the item that carries the resolution and on the first exempt item, with the resolution
 * drafted in one step.
 */
export function ExclusionCallout({ item, onGo }: { item: NumberedItem; onGo: (itemId: string, focusEditor: boolean) => void }): ReactNode {
  const { detail, locked, refresh } = useLiveMeeting();
  const { call } = useApi();
  const draft = useMutation(refresh);
  const plan = exclusionPlan(detail.items, detail.resolutions);
  if (plan === undefined || (item.id !== plan.host.id && item.id !== plan.firstExempt.id)) return null;
  const { firstExempt, host, drafted } = plan;
  const category =
    firstExempt.confidentiality.access === 'exempt' ? exemptParagraphs(firstExempt.confidentiality).map(exemptCategoryLabel).join('; ') : '';
  const onHost = item.id === host.id;

  return (
    <div className="callout callout--private exclusion" data-exclusion={drafted ? 'drafted' : 'needed'}>
      <p>
        <strong>Private business follows.</strong> Item {firstExempt.number}, {firstExempt.title}, is exempt ({category}). Before it is taken, the
        meeting must resolve to exclude the press and public.
      </p>
      {drafted ? (
        <p>
          The resolution is drafted{onHost ? ' below, under this item' : ` under item ${host.number}, ${host.title}`}.
          {!onHost ? (
            <>
              {' '}
              <button type="button" className="link-button" onClick={() => onGo(host.id, false)}>
                Go to item {host.number}
              </button>
            </>
          ) : null}
        </p>
      ) : locked ? null : (
        <>
          <p className="exclusion__wording">RESOLVED: {plan.text}</p>
          <button
            type="button"
            className="button button--small"
            aria-disabled={draft.busy}
            onClick={() =>
              void draft.run(
                () => call('resolutions.add', { meetingId: detail.meeting.id, itemId: host.id, kind: 'RESOLVED', parts: [plan.text] }),
                `The resolution to exclude the press and public is drafted under item ${host.number}.`,
              )
            }
          >
            Draft this resolution{onHost ? '' : ` under item ${host.number}`}
          </button>
          <FormError error={draft.error} />
        </>
      )}
    </div>
  );
}
