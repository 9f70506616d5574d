import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { MemberView } from '../../../../shared/api/views';
import { FactList } from '../../components/FactList';
import { EditMemberForm } from './EditMemberForm';
import { EndMembershipDialog } from './EndMembershipDialog';
import { memberFacts } from './member-facts';

/** One member: what the clerk knows of them, and the changes a clerk makes. */
export function MemberCard({
  member,
  today,
  onChanged,
}: {
  member: MemberView;
  today: string;
  onChanged: (message: string) => Promise<void>;
}): ReactNode {
  const [mode, setMode] = useState<'view' | 'edit' | 'end'>('view');
  const editButton = useRef<HTMLButtonElement>(null);
  const name = member.person.name;
  const ended = member.membership.termEnd !== undefined && member.membership.termEnd < today;

  const finish = async (changed: boolean, message: string): Promise<void> => {
    setMode('view');
    if (changed) await onChanged(message);
    // Back to the card's first button once it shows its facts again; an ended membership has moved to the
    // past members, so the card is found afresh by its id rather than through a ref.
    const focusCard = (): void => {
      const card = document.querySelector(`[data-member-id="${CSS.escape(member.membership.id)}"]`);
      (card?.querySelector<HTMLElement>('button') ?? editButton.current)?.focus();
    };
    requestAnimationFrame(focusCard);
    // On a busy computer the list may be drawn again a little later, the card in its new place, and focus lost
    // with the old one: follow it there for a moment, unless the clerk has already moved on.
    const until = performance.now() + 2_000;
    const follow = (): void => {
      if (document.activeElement === null || document.activeElement === document.body) focusCard();
      if (performance.now() < until) requestAnimationFrame(follow);
    };
    requestAnimationFrame(follow);
  };

  return (
    <li className="card member-card" data-member-id={member.membership.id}>
      <h3 className="card__title">{name}</h3>
      {mode === 'edit' ? (
        <EditMemberForm member={member} onDone={(saved) => void finish(saved, `Changes saved for ${name}`)} />
      ) : (
        <>
          <FactList facts={memberFacts(member)} />
          <div className="button-row button-row--compact">
            <button ref={editButton} type="button" className="button button--secondary button--small" onClick={() => setMode('edit')}>
              Edit<span className="visually-hidden"> {name}</span>
            </button>
            {ended ? null : (
              <button type="button" className="button button--secondary button--small" onClick={() => setMode('end')}>
                End membership<span className="visually-hidden"> of {name}</span>
              </button>
            )}
          </div>
        </>
      )}
      {mode === 'end' ? (
        <EndMembershipDialog member={member} today={today} onClose={(changed) => void finish(changed, `Membership of ${name} ended`)} />
      ) : null}
    </li>
  );
}
