import { useEffect, useId, useRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { NumberedItem } from '../../../../shared/api/views';
import { formatDuration } from '../../../../shared/domain/durations';
import { exemptCategoryLabel, itemPurposeLabel } from '../../../../shared/domain/labels';
import { exemptParagraphs } from '../../../../shared/model/agenda-item';
import { FactList } from '../../components/FactList';
import { Tag } from '../../components/Tag';
import { ActionsSection } from './ActionsSection';
import { DecisionsSection } from './DecisionsSection';
import { DeclarationsSection } from './DeclarationsSection';
import { ExclusionCallout } from './ExclusionCallout';
import { ExclusionMotionControl } from './ExclusionMotionControl';
import { useLiveMeeting } from './meeting-context';
import type { MinuteAutosave } from './minute-autosave';
import { MinuteEditor, type MinuteEditorHandle } from './MinuteEditor';
import { StandardItemHelp } from './StandardItemHelp';
import { MinuteReadability } from '../plain-english/MinuteReadability';

/** One agenda item as the clerk minutes it: what it is, the minute, then its decisions, actions and interests. */
export function ItemPanel({
  item,
  autosave,
  focusEditor,
  onGo,
  complete,
}: {
  item: NumberedItem;
  autosave: MinuteAutosave;
  /** Set when the clerk moved here from the keyboard while typing: the new item's minute takes focus. */
  focusEditor: RefObject<boolean>;
  onGo: (itemId: string, focusEditor: boolean) => void;
  /** False in the screen's first frame: the interests and the readability check follow in the next. */
  complete: boolean;
}): ReactNode {
  const { locked, detail } = useLiveMeeting();
  const editor = useRef<MinuteEditorHandle>(null);
  const headingId = useId();
  const exempt = item.confidentiality.access === 'exempt' && item.confidentiality.exclusionMotion !== 'lost' ? item.confidentiality : null;
  const takenInPublic = item.confidentiality.access === 'exempt' && item.confidentiality.exclusionMotion === 'lost';

  useEffect(() => {
    if (!focusEditor.current) return;
    focusEditor.current = false;
    editor.current?.focus();
  }, [focusEditor]);

  return (
    <section
      className={exempt ? 'item-panel item-panel--private' : 'item-panel'}
      aria-labelledby={headingId}
      data-item-number={item.number}
      data-item-id={item.id}
    >
      <h2 id={headingId} className="item-panel__title">
        <span className="item-panel__number">
          {item.minuteLabel ? `Minute ${item.minuteLabel.replace(/\.$/, '')}` : `Item ${item.number}`}
          <span className="visually-hidden">:</span>
        </span>{' '}
        <span className="item-panel__text">{item.title}</span>
        {exempt ? <Tag tone="private">Private</Tag> : null}
        {item.supplementary ? <Tag tone="info">Supplementary</Tag> : null}
      </h2>
      <FactList
        inline
        facts={[
          { term: 'Agenda item', detail: item.minuteLabel ? item.number : undefined },
          { term: 'Purpose', detail: itemPurposeLabel(item.purpose) },
          { term: 'Presented by', detail: item.presenter },
          { term: 'Time allowed', detail: item.timeAllowanceMinutes === undefined ? undefined : formatDuration(item.timeAllowanceMinutes) },
        ]}
      />
      {exempt ? (
        <p className="callout callout--private">
          <strong>Not for publication.</strong> Exempt information under Schedule 12A to the Local Government Act 1972,{' '}
          {exemptParagraphs(exempt).map(exemptCategoryLabel).join('; ')}. This minute appears only in the private minutes.
        </p>
      ) : null}
      {takenInPublic ? (
        <p className="callout">
          The motion to exclude the press and public was lost, so this item was taken in public: its minute appears in the public minutes.
        </p>
      ) : null}
      <ExclusionMotionControl item={item} />
      <ExclusionCallout item={item} onGo={onGo} />
      <StandardItemHelp item={item} editor={editor} />
      <MinuteEditor ref={editor} autosave={autosave} label={`Minute of item ${item.number}: ${item.title}`} readOnly={locked} />
      {complete ? <MinuteReadability source={autosave} words={detail.board.plainEnglishWords} /> : null}
      <DecisionsSection item={item} />
      <ActionsSection item={item} />
      {complete && item.standardKind !== 'declarations' ? <DeclarationsSection item={item} scope="item" /> : null}
    </section>
  );
}
