import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { NumberedItem } from '../../../../shared/api/views';
import { ownerLabel } from '../../../../shared/domain/actions';
import type { Action } from '../../../../shared/model/action';
import { useApi } from '../../api/ApiProvider';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { clearable } from '../../components/form/patch-fields';
import { Tag } from '../../components/Tag';
import { dueSentence } from '../actions/due-text';
import { ActionForm, type ActionFields } from './ActionForm';
import { useLiveMeeting } from './meeting-context';
import { useMutation } from './use-mutation';
import { useNames } from './use-names';

type Editing = { readonly action: Action | null } | null;

/** The actions arising from the item: who does what, by when. */
export function ActionsSection({ item }: { item: NumberedItem }): ReactNode {
  const { detail, locked, refresh } = useLiveMeeting();
  const { call } = useApi();
  const { name } = useNames();
  const save = useMutation(refresh);
  const withdraw = useMutation(refresh);
  const headingId = useId();
  const [editing, setEditing] = useState<Editing>(null);
  const [withdrawing, setWithdrawing] = useState<Action | null>(null);
  const focusAfter = useRef<string | null>(null);
  const meetingId = detail.meeting.id;
  const actions = useMemo(
    () => detail.actions.filter((a) => a.itemId === item.id).toSorted((a, b) => a.createdAt.localeCompare(b.createdAt)),
    [detail.actions, item.id],
  );
  const decisions = useMemo(
    () => detail.resolutions.filter((r) => r.itemId === item.id).toSorted((a, b) => a.order - b.order),
    [detail.resolutions, item.id],
  );
  const addId = `${headingId}-add`;
  const editId = (id: string): string => `${headingId}-${id}-edit`;

  useEffect(() => {
    if (focusAfter.current === null) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const owner = (action: Action): string => (action.owner.kind === 'person' ? name(action.owner.personId) : ownerLabel(action.owner, new Map()));
  const alsoFor = (action: Action): string =>
    (action.otherItemIds ?? [])
      .map((id) => detail.items.find((i) => i.id === id))
      .flatMap((i) => (i === undefined ? [] : [i.minuteLabel ?? i.number]))
      .join(', ');

  const onSave = (fields: ActionFields): void => {
    const target = editing?.action ?? null;
    void save
      .run(
        () =>
          target === null
            ? call('actions.add', { meetingId, itemId: item.id, ...fields })
            : call('actions.update', {
                meetingId,
                id: target.id,
                // A due, further items or references the clerk emptied are cleared.
                patch: {
                  text: fields.text,
                  owner: fields.owner,
                  ...clearable('due', fields.due, target.due),
                  ...clearable('otherItemIds', fields.otherItemIds, target.otherItemIds),
                  ...clearable('references', fields.references, target.references),
                },
              }),
        target === null ? 'Action added.' : 'Action saved.',
      )
      .then((done) => {
        if (!done) return;
        focusAfter.current = target === null ? addId : editId(target.id);
        setEditing(null);
      });
  };

  const confirmWithdraw = (): void => {
    if (withdrawing === null) return;
    void withdraw
      .run(
        () => call('actions.addUpdate', { meetingId, id: withdrawing.id, status: 'cancelled', note: 'Withdrawn when the minutes were taken.' }),
        'Action withdrawn.',
      )
      .then((done) => {
        if (!done) return;
        setWithdrawing(null);
        focusAfter.current = addId;
      });
  };

  return (
    <section className="item-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="item-section__title">
        Actions
      </h3>
      {actions.length === 0 && editing === null ? <p className="quiet">No actions from this item.</p> : null}
      {actions.length > 0 ? (
        <ul className="action-list">
          {actions.map((action) =>
            editing?.action?.id === action.id ? (
              <li key={action.id} className="action-list__item">
                <ActionForm
                  initial={action}
                  item={item}
                  decisions={decisions}
                  title="Change the action"
                  busy={save.busy}
                  error={save.error}
                  onSave={onSave}
                  onCancel={() => {
                    focusAfter.current = editId(action.id);
                    setEditing(null);
                  }}
                />
              </li>
            ) : (
              <li key={action.id} className="action-list__item" data-action-status={action.status}>
                <p className={action.status === 'cancelled' ? 'action-list__text action-list__text--withdrawn' : 'action-list__text'}>
                  {action.text}
                </p>
                <p className="action-list__meta">
                  <span>Owner: {owner(action)}</span>
                  {action.due ? <span>{dueSentence(action.due)}</span> : <span>No due date</span>}
                  {alsoFor(action) === '' ? null : <span>Also item {alsoFor(action)}</span>}
                  {action.references?.length ? <span>Ref. {action.references.join(', ')}</span> : null}
                  {action.status === 'cancelled' ? <Tag tone="warning">Withdrawn</Tag> : null}
                  {action.status === 'done' ? <Tag tone="success">Done</Tag> : null}
                </p>
                {locked || action.status === 'cancelled' ? null : (
                  <div className="button-row button-row--compact">
                    <button
                      id={editId(action.id)}
                      type="button"
                      className="button button--small button--secondary"
                      onClick={() => {
                        save.clearError();
                        setEditing({ action });
                      }}
                    >
                      Change<span className="visually-hidden"> the action: {action.text}</span>
                    </button>
                    <button type="button" className="link-button" onClick={() => setWithdrawing(action)}>
                      Withdraw<span className="visually-hidden"> the action: {action.text}</span>
                    </button>
                  </div>
                )}
              </li>
            ),
          )}
        </ul>
      ) : null}
      {editing !== null && editing.action === null ? (
        <ActionForm
          initial={null}
          item={item}
          decisions={decisions}
          title="New action"
          busy={save.busy}
          error={save.error}
          onSave={onSave}
          onCancel={() => {
            focusAfter.current = addId;
            setEditing(null);
          }}
        />
      ) : null}
      {!locked && editing === null ? (
        <div className="button-row">
          <button
            id={addId}
            type="button"
            className="button button--small"
            onClick={() => {
              save.clearError();
              setEditing({ action: null });
            }}
          >
            Add an action
          </button>
        </div>
      ) : null}
      {withdrawing !== null ? (
        <ConfirmDialog
          title="Withdraw this action?"
          confirmLabel="Withdraw the action"
          danger
          pending={withdraw.busy}
          error={withdraw.error}
          onConfirm={confirmWithdraw}
          onCancel={() => {
            setWithdrawing(null);
            withdraw.clearError();
          }}
        >
          <p>“{withdrawing.text}” will be kept in the record as withdrawn and will not be carried to the next meeting.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
