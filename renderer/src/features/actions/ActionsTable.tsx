import type { ReactNode, Ref } from 'react';
import type { ActionView } from '../../../../shared/api/views';
import { ActionRow } from './ActionRow';

/** The tracker's table. `updateButton` registers each row's Update button so focus can go back to it. */
export function ActionsTable({
  caption,
  actions,
  highlightedId,
  anchorRef,
  updateButton,
  onUpdate,
}: {
  caption: string;
  actions: readonly ActionView[];
  highlightedId: string | null;
  anchorRef: Ref<HTMLElement>;
  updateButton: (actionId: string) => Ref<HTMLButtonElement>;
  onUpdate: (action: ActionView) => void;
}): ReactNode {
  return (
    <table className="tracker-table actions-table">
      <caption className="tracker-table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => (
          <ActionRow
            key={action.id}
            action={action}
            highlighted={action.id === highlightedId}
            {...(action.id === highlightedId ? { anchorRef } : {})}
            updateRef={updateButton(action.id)}
            onUpdate={onUpdate}
          />
        ))}
      </tbody>
    </table>
  );
}
