import type { KeyboardEvent, ReactNode } from 'react';
import type { ActionView } from '../../../../shared/api/views';
import { formatDuration, formatTime, itemPurposeLabel, type ItemTiming } from '../../../../shared/domain';
import type { Attachment } from '../../../../shared/model/attachment';
import { exemptCategoryLabel } from '../../../../shared/domain';
import { exemptParagraphs } from '../../../../shared/model/agenda-item';
import { FactList } from '../../components/FactList';
import { Tag } from '../../components/Tag';
import { CarriedActions } from '../agenda/CarriedActions';
import type { AgendaNode } from '../agenda/group-agenda';
import { moveOptions, type MoveOptions } from './agenda-moves';
import { AttachButton } from './AttachButton';
import { ItemEditor } from './ItemEditor';
import { ItemPapers } from './ItemPapers';
import { MoveButtons } from './MoveButtons';
import type { AgendaBuilder } from './use-agenda-builder';

/** What every row of the builder shares. */
export type BuilderContext = {
  readonly builder: AgendaBuilder;
  readonly items: Parameters<typeof moveOptions>[0];
  readonly editable: boolean;
  readonly canReorder: boolean;
  readonly timing: ReadonlyMap<string, ItemTiming>;
  readonly papers: ReadonlyMap<string, Attachment>;
  readonly carried: readonly ActionView[];
  /** The meeting's board and date, for who may take the chair. */
  readonly meeting: { readonly boardId: string; readonly date: string };
};

const KEY_MOVES: Readonly<Record<string, keyof MoveOptions>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowRight: 'indent',
  ArrowLeft: 'outdent',
};

/** One item of the agenda being built, with its sub-items under it. */
export function BuilderItem({ node, context }: { node: AgendaNode; context: BuilderContext }): ReactNode {
  const { item, children } = node;
  const { builder, editable, canReorder } = context;
  const editing = builder.editing;
  const isEditing = editing?.kind === 'edit' && editing.id === item.id;
  const addingSub = editing?.kind === 'add' && editing.parentId === item.id;
  const options = moveOptions(context.items, item.id);
  const timing = context.timing.get(item.id);
  const exempt = item.confidentiality.access === 'exempt' ? item.confidentiality : null;
  const itemPapers = item.attachmentIds.flatMap((id) => context.papers.get(id) ?? []);
  const drop = builder.dropTarget?.id === item.id ? builder.dropTarget.side : null;
  const Heading = item.depth === 0 ? 'h3' : 'h4';

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const control = KEY_MOVES[event.key];
    if (!event.altKey || control === undefined || !canReorder || event.target instanceof HTMLInputElement) return;
    event.preventDefault();
    void builder.move(item, options[control], control);
  };

  const classes = ['builder-item', item.depth > 0 ? 'builder-item--sub' : '', builder.dragging === item.id ? 'builder-item--dragging' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li className={classes} data-item-id={item.id} data-item-number={item.number}>
      {isEditing ? (
        <div className="builder-item__main">
          <ItemEditor
            meeting={context.meeting}
            item={item}
            heading={item.number === '' ? `Edit the item “${item.title}”` : `Edit item ${item.number}`}
            submitLabel="Save the item"
            pending={builder.submit.pending}
            refusal={builder.submit.error}
            onSave={(patch) => void builder.saveItem(patch)}
            onCancel={builder.cancelEdit}
          />
        </div>
      ) : (
        <div
          className={drop ? `builder-item__main builder-item__main--drop-${drop}` : 'builder-item__main'}
          onKeyDown={onKeyDown}
          onDragOver={(event) => builder.dragOver(item, event)}
          onDrop={(event) => void builder.drop(item, event)}
        >
          <div className="builder-item__head">
            {canReorder ? (
              <span
                className="drag-handle"
                draggable
                aria-hidden="true"
                title="Drag to move"
                onDragStart={(event) => builder.dragStart(item.id, event)}
                onDragEnd={builder.dragEnd}
              >
                ⠿
              </span>
            ) : null}
            <Heading className="builder-item__title">
              <span className="builder-item__number">{item.number}</span>
              <span className="builder-item__text">{item.title}</span>
            </Heading>
            <span className="builder-item__tags">
              {exempt ? <Tag tone="private">Private</Tag> : null}
              {item.supplementary ? <Tag tone="info">Supplementary</Tag> : null}
              {item.standardKind ? <Tag>Standard item</Tag> : null}
              {item.unnumbered ? <Tag>Not numbered</Tag> : null}
            </span>
          </div>
          <FactList
            inline
            facts={[
              { term: 'Purpose', detail: itemPurposeLabel(item.purpose) },
              { term: 'Presented by', detail: item.presenter },
              { term: 'Time allowed', detail: item.timeAllowanceMinutes ? formatDuration(item.timeAllowanceMinutes) : undefined },
              {
                term: 'Running total',
                detail: timing ? `${formatDuration(timing.runningTotal)}, to about ${formatTime(timing.endsAt)}` : undefined,
              },
            ]}
          />
          {item.description ? <p className="builder-item__description">{item.description}</p> : null}
          {exempt ? (
            <p className="builder-item__exempt">
              Exempt: {exemptParagraphs(exempt).map(exemptCategoryLabel).join('; ')}.{exempt.reason ? ` ${exempt.reason}` : ''}
              {exempt.publicInterest ? ` Public interest: ${exempt.publicInterest}` : ''}
              {exempt.exclusionMotion === 'lost' ? ' The motion to exclude the press and public was lost: taken in public.' : ''}
            </p>
          ) : null}
          {item.recommendations.length > 0 ? (
            <ol className="numbered-parts builder-item__recommendations" aria-label="Recommendations">
              {item.recommendations.map((text, index) => (
                <li key={index}>
                  <span className="numbered-parts__number">({index + 1})</span> {text}
                </li>
              ))}
            </ol>
          ) : null}
          {item.standardKind === 'matters-arising' ? <CarriedActions actions={context.carried} /> : null}
          <ItemPapers papers={itemPapers} editable={editable} onRemove={(paper) => builder.askRemovePaper(item, paper.id, paper.originalName)} />
          {editable ? (
            <div className="builder-item__controls">
              <div className="button-row button-row--compact">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  data-control="edit"
                  onClick={() => builder.startEdit(item.id)}
                >
                  Edit
                  <span className="visually-hidden">
                    {' '}
                    item {item.number}, {item.title}
                  </span>
                </button>
                {item.depth === 0 && canReorder ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    data-control="add-sub"
                    onClick={() => builder.startAdd(item.id)}
                  >
                    Add a sub-item<span className="visually-hidden"> to item {item.number}</span>
                  </button>
                ) : null}
                <AttachButton item={item} onAttach={(files) => void builder.attach(item, files)} />
                <button
                  type="button"
                  className="button button--warning button--small"
                  data-control="remove"
                  onClick={() => builder.askRemoveItem(item)}
                >
                  Remove
                  <span className="visually-hidden">
                    {' '}
                    item {item.number}, {item.title}
                  </span>
                </button>
              </div>
              {canReorder ? (
                <MoveButtons item={item} options={options} onMove={(control) => void builder.move(item, options[control], control)} />
              ) : null}
            </div>
          ) : null}
        </div>
      )}
      {children.length > 0 || addingSub ? (
        <ol className="builder-list builder-list--sub">
          {children.map((child) => (
            <BuilderItem key={child.item.id} node={child} context={context} />
          ))}
          {addingSub ? (
            <li className="builder-item builder-item--sub builder-item--new">
              <ItemEditor
                meeting={context.meeting}
                heading={`New sub-item of item ${item.number}`}
                submitLabel="Add the sub-item"
                pending={builder.submit.pending}
                refusal={builder.submit.error}
                onSave={(patch) => void builder.saveItem(patch)}
                onCancel={builder.cancelEdit}
              />
            </li>
          ) : null}
        </ol>
      ) : null}
    </li>
  );
}
