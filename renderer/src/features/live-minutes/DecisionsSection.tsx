import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { NumberedItem } from '../../../../shared/api/views';
import type { Resolution } from '../../../../shared/model/resolution';
import { useApi } from '../../api/ApiProvider';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DecisionText } from './DecisionCard';
import { decisionPatch, draftFromResolution, emptyDecision, type DecisionFields, type DecisionFormValues } from './decision-draft';
import { DecisionForm } from './DecisionForm';
import { FormError } from './FormError';
import { useLiveMeeting } from './meeting-context';
import { useMutation } from './use-mutation';

type Editing = { readonly id: string | null; readonly draft: DecisionFormValues } | null;

/** The item's decisions: written, changed, put in order and removed; and the agenda's recommendations to start from. */
export function DecisionsSection({ item }: { item: NumberedItem }): ReactNode {
  const { detail, locked, refresh } = useLiveMeeting();
  const { call } = useApi();
  const save = useMutation(refresh);
  const order = useMutation(refresh);
  const headingId = useId();
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Resolution | null>(null);
  const focusAfter = useRef<string | null>(null);
  const decisions = useMemo(
    () => detail.resolutions.filter((r) => r.itemId === item.id).toSorted((a, b) => a.order - b.order),
    [detail.resolutions, item.id],
  );
  const meetingId = detail.meeting.id;

  // After a save, a move or a removal, focus goes somewhere sensible in what is now on screen.
  useEffect(() => {
    if (focusAfter.current === null) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const startNew = (parts?: readonly string[]): void => {
    save.clearError();
    setEditing({ id: null, draft: emptyDecision(parts, detail.board.decisionNumbering) });
  };
  const cardId = (id: string): string => `${headingId}-${id}`;
  const addId = `${headingId}-add`;

  // The decision as it was before this edit, so that what the clerk took away is cleared; {} if it has just gone.
  const before = (id: string): Partial<Resolution> => detail.resolutions.find((r) => r.id === id) ?? {};

  const onSave = (fields: DecisionFields): void => {
    const target = editing;
    if (target === null) return;
    void save
      .run(
        () =>
          target.id === null
            ? call('resolutions.add', { meetingId, itemId: item.id, ...fields })
            : call('resolutions.update', { meetingId, id: target.id, patch: decisionPatch(fields, before(target.id)) }),
        target.id === null ? 'Decision added.' : 'Decision saved.',
      )
      .then((done) => {
        if (!done) return;
        focusAfter.current = target.id === null ? addId : `${cardId(target.id)}-edit`;
        setEditing(null);
      });
  };

  const move = (resolution: Resolution, index: number, by: -1 | 1): void => {
    void order
      .run(() => call('resolutions.move', { meetingId, id: resolution.id, index: index + by }), `Decision moved ${by === -1 ? 'up' : 'down'}.`)
      .then(() => {
        focusAfter.current = `${cardId(resolution.id)}-${by === -1 ? 'up' : 'down'}`;
      });
  };

  const remove = (): void => {
    if (removing === null) return;
    void order
      .run(() => call('resolutions.remove', { meetingId, id: removing.id }), 'Decision removed.')
      .then((done) => {
        if (done) {
          setRemoving(null);
          focusAfter.current = addId;
        }
      });
  };

  return (
    <section className="item-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="item-section__title">
        Decisions
      </h3>
      {decisions.length === 0 && editing === null ? <p className="quiet">No decision recorded for this item.</p> : null}
      {decisions.length > 0 ? (
        <ol className="decision-list">
          {decisions.map((resolution, index) =>
            editing?.id === resolution.id ? (
              <li key={resolution.id} className="decision-list__item">
                <DecisionForm
                  itemId={item.id}
                  initial={editing.draft}
                  title={`Change decision ${index + 1}`}
                  busy={save.busy}
                  error={save.error}
                  onSave={onSave}
                  onCancel={() => {
                    focusAfter.current = `${cardId(resolution.id)}-edit`;
                    setEditing(null);
                  }}
                />
              </li>
            ) : (
              <li key={resolution.id} className="decision-list__item" data-decision={index + 1}>
                <DecisionText resolution={resolution} />
                {locked ? null : (
                  <div className="button-row button-row--compact">
                    <button
                      id={`${cardId(resolution.id)}-edit`}
                      type="button"
                      className="button button--small button--secondary"
                      onClick={() => {
                        save.clearError();
                        setEditing({ id: resolution.id, draft: draftFromResolution(resolution) });
                      }}
                    >
                      Change<span className="visually-hidden"> decision {index + 1}</span>
                    </button>
                    {index > 0 ? (
                      <button id={`${cardId(resolution.id)}-up`} type="button" className="link-button" onClick={() => move(resolution, index, -1)}>
                        Move up<span className="visually-hidden"> decision {index + 1}</span>
                      </button>
                    ) : null}
                    {index < decisions.length - 1 ? (
                      <button id={`${cardId(resolution.id)}-down`} type="button" className="link-button" onClick={() => move(resolution, index, 1)}>
                        Move down<span className="visually-hidden"> decision {index + 1}</span>
                      </button>
                    ) : null}
                    <button type="button" className="link-button" onClick={() => setRemoving(resolution)}>
                      Remove<span className="visually-hidden"> decision {index + 1}</span>
                    </button>
                  </div>
                )}
              </li>
            ),
          )}
        </ol>
      ) : null}
      <FormError error={editing === null ? order.error : null} />
      {editing !== null && editing.id === null ? (
        <DecisionForm
          itemId={item.id}
          initial={editing.draft}
          title="New decision"
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
          <button id={addId} type="button" className="button button--small" onClick={() => startNew()}>
            Add a decision
          </button>
          {item.recommendations.length > 0 && decisions.length === 0 ? (
            <button type="button" className="button button--small button--secondary" onClick={() => startNew(item.recommendations)}>
              Start from the agenda’s recommendations
            </button>
          ) : null}
        </div>
      ) : null}
      {removing !== null ? (
        <ConfirmDialog
          title="Remove this decision?"
          confirmLabel="Remove the decision"
          danger
          pending={order.busy}
          error={order.error}
          onConfirm={remove}
          onCancel={() => {
            setRemoving(null);
            order.clearError();
          }}
        >
          <DecisionText resolution={removing} />
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
