import type { ReactNode, RefObject } from 'react';
import type { NumberedItem } from '../../../../shared/api/views';
import { CarriedActions } from './CarriedActions';
import { DeclarationsSection } from './DeclarationsSection';
import { useLiveMeeting } from './meeting-context';
import type { MinuteEditorHandle } from './MinuteEditor';
import { PreviousMinutesPanel } from './PreviousMinutesPanel';
import { apologiesWording, declarationsWording } from './standard-wording';
import { useNames } from './use-names';

/**
 * What the standard items need beside the minute: apologies come from the attendance, declarations are taken
 * for the whole meeting, the previous minutes are approved here, and matters arising go through the action log.
 */
export function StandardItemHelp({ item, editor }: { item: NumberedItem; editor: RefObject<MinuteEditorHandle | null> }): ReactNode {
  const { detail, locked } = useLiveMeeting();
  const { publicName } = useNames();
  switch (item.standardKind) {
    case 'apologies':
      return (
        <div className="standard-help">
          <p>Record apologies and substitutes in the attendance panel; the minute can then be written from it.</p>
          {locked ? null : (
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => editor.current?.appendParagraph(apologiesWording(detail.attendance, publicName))}
            >
              Write the apologies into the minute
            </button>
          )}
        </div>
      );
    case 'declarations':
      return (
        <div className="standard-help">
          <DeclarationsSection item={item} scope="meeting" />
          {locked ? null : (
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => editor.current?.appendParagraph(declarationsWording(detail.declarations, detail.items, publicName))}
            >
              Write the declarations into the minute
            </button>
          )}
        </div>
      );
    case 'previous-minutes':
      return <PreviousMinutesPanel item={item} editor={editor} />;
    case 'matters-arising':
      return <CarriedActions />;
    default:
      return null;
  }
}
