import { useState } from 'react';
import type { ReactNode } from 'react';
import { accessNeedLabel, accessNeedTask, formatTimestamp, type ChecklistNeed } from '../../../../shared/domain';
import { useApiMutation } from '../../api/use-api-mutation';
import { useAnnounce } from '../../components/Announcer';
import { CheckboxField } from '../../components/form/CheckboxField';
import { TextField } from '../../components/form/TextField';
import { Tag } from '../../components/Tag';

/**
 * One need: what to arrange, an "Arranged" box saved as soon as it is ticked, and a note saved when the clerk
 * leaves the field. While a tick is being saved the box shows the clerk's choice; a refusal puts it back.
 */
export function AccessNeedLine({
  meetingId,
  personId,
  personName,
  need,
  canArrange,
  onSaved,
}: {
  meetingId: string;
  personId: string;
  personName: string;
  need: ChecklistNeed;
  canArrange: boolean;
  onSaved: () => Promise<void>;
}): ReactNode {
  const submit = useApiMutation('access.arrange');
  const announce = useAnnounce();
  const [ticking, setTicking] = useState<boolean | null>(null);
  const [note, setNote] = useState(need.note ?? '');
  const label = accessNeedLabel(need.need);
  const arranged = ticking ?? need.arranged;
  const base = `access-${personId}-${need.need}`;

  const save = async (nextArranged: boolean, nextNote: string, message: string): Promise<void> => {
    const saved = await submit.run({ meetingId, personId, need: need.need, arranged: nextArranged, note: nextNote.trim() });
    if (saved) {
      await onSaved();
      announce(message);
    }
    setTicking(null);
  };

  const tick = (next: boolean): void => {
    if (!canArrange) return;
    setTicking(next);
    void save(next, note, `${label} for ${personName}: ${next ? 'arranged' : 'not arranged'}`);
  };

  const saveNote = (): void => {
    if (!canArrange || note.trim() === (need.note ?? '')) return;
    void save(arranged, note, `Note saved for ${label}, ${personName}`);
  };

  return (
    <li className={arranged ? 'access-need access-need--arranged' : 'access-need'} data-need={need.need}>
      <h3 className="access-need__title">
        {label} <Tag tone={arranged ? 'success' : 'warning'}>{arranged ? 'Arranged' : 'Not arranged'}</Tag>
      </h3>
      {need.detail === undefined ? null : <p className="access-need__detail">“{need.detail}”</p>}
      {submit.error ? (
        <p className="error-alert error-alert--inline" role="alert">
          Not saved: {submit.error.message}
        </p>
      ) : null}
      {canArrange ? (
        <>
          <CheckboxField
            id={`${base}-arranged`}
            label={
              <>
                <span className="visually-hidden">
                  {label} for {personName}:{' '}
                </span>
                Arranged
              </>
            }
            hint={accessNeedTask(need.need)}
            checked={arranged}
            onChange={tick}
          />
          <div onBlur={saveNote}>
            <TextField
              id={`${base}-note`}
              label={
                <>
                  Note
                  <span className="visually-hidden">
                    {' '}
                    on {label} for {personName}
                  </span>{' '}
                  (optional)
                </>
              }
              hint="Saved when you leave the box: who is booked, what is ordered."
              value={note}
              onChange={setNote}
            />
          </div>
        </>
      ) : need.note === undefined ? null : (
        <p className="access-need__note">Note: {need.note}</p>
      )}
      {need.updatedAt === undefined ? null : <p className="quiet">Last changed {formatTimestamp(need.updatedAt)}.</p>}
    </li>
  );
}
