import { useCallback, useEffect, useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { Minute } from '../../../../shared/model/minute';
import type { Meeting } from '../../../../shared/model/meeting';
import { formatLongDate } from '../../../../shared/domain/british-dates';
import { useApi } from '../../api/ApiProvider';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField } from '../../components/form/SelectField';
import { TextAreaField } from '../../components/form/TextAreaField';
import { hrefFor } from '../../routing/routes';
import { FormError } from '../live-minutes/FormError';
import type { MeetingWork } from '../live-minutes/use-meeting-work';
import { useMutation } from '../live-minutes/use-mutation';
import { correctionChoices } from './meeting-order';
import { MinuteText } from './MinuteText';

type Found = { readonly meeting: Meeting; readonly minute: Minute };

/**
 * Signed minutes never change. A mistake found later is corrected by a minute of a later meeting that points back
 * to the minute it corrects; this lists those corrections and records a new one under an item of its own.
 */
export function Corrections({ work, boardMeetings }: { work: MeetingWork; boardMeetings: readonly Meeting[] }): ReactNode {
  const { call } = useApi();
  const headingId = useId();
  const base = useId();
  const corrected = work.detail.meeting;
  const [found, setFound] = useState<readonly Found[] | null>(null);
  const later = boardMeetings.filter((m) => m.boardId === corrected.boardId && m.date >= corrected.date && m.id !== corrected.id);
  const laterKey = later.map((m) => `${m.id}:${m.updatedAt}`).join(' ');

  const look = useCallback(async (): Promise<void> => {
    const results: Found[] = [];
    for (const meeting of later) {
      const detail = await call('meetings.get', { id: meeting.id, carriedActions: false });
      for (const minute of detail.minutes) if (minute.corrects?.meetingId === corrected.id) results.push({ meeting, minute });
    }
    setFound(results);
    // `laterKey` stands for the later meetings, which the parent rebuilds on every render.
  }, [call, corrected.id, laterKey]);

  useEffect(() => {
    look().catch(() => setFound([]));
  }, [look]);

  const record = useMutation(look);
  const choices = correctionChoices(boardMeetings, corrected);
  const [atId, setAtId] = useState(choices[0]?.id ?? '');
  const [itemId, setItemId] = useState(work.detail.items[0]?.id ?? '');
  const [text, setText] = useState('');
  const [checked, setChecked] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const problems = text.trim() === '' ? [{ fieldId: `${base}-text`, message: 'Write the correction as it is to be minuted.' }] : [];
  const shown = checked ? problems : [];

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const at = choices.find((m) => m.id === atId);
    if (problems.length > 0 || at === undefined) {
      setChecked(true);
      setAttempt((n) => n + 1);
      return;
    }
    void record
      // No item named: the backend adds one of its own in the same change, so the correction never overwrites
      // what is minuted under another item.
      .run(
        () => call('minutes.recordCorrection', { meetingId: at.id, corrects: { meetingId: corrected.id, itemId }, text: text.trim() }),
        `The correction is minuted at the meeting of ${formatLongDate(at.date)}.`,
      )
      .then((done) => {
        if (done) {
          setText('');
          setChecked(false);
        }
      });
  };

  const itemTitle = (id: string): string => {
    const item = work.detail.items.find((i) => i.id === id);
    return item ? `${item.minuteLabel ?? item.number} ${item.title}` : 'an item no longer on the agenda';
  };

  return (
    <section className="corrections" aria-labelledby={headingId}>
      <h2 id={headingId}>Corrections</h2>
      {found === null ? <p className="loading">Looking for corrections…</p> : null}
      {found !== null && found.length === 0 ? <p className="quiet">No corrections have been minuted.</p> : null}
      {found !== null && found.length > 0 ? (
        <ul className="corrections__list">
          {found.map(({ meeting, minute }) => (
            <li key={minute.id}>
              <p>
                At the meeting of <a href={hrefFor({ name: 'live-minutes', meetingId: meeting.id })}>{formatLongDate(meeting.date)}</a>, correcting
                minute {itemTitle(minute.corrects?.itemId ?? '')}:
              </p>
              <MinuteText text={minute.text} />
            </li>
          ))}
        </ul>
      ) : null}
      {choices.length === 0 ? (
        <p>To record a correction, first create the board’s next meeting: a correction is minuted at a later meeting.</p>
      ) : (
        <form className="correction-form" onSubmit={submit} noValidate aria-label="Record a correction">
          <h3>Record a correction</h3>
          <ErrorSummary errors={shown} attempt={attempt} />
          <SelectField
            label="Minuted at the meeting of"
            value={atId}
            choices={choices.map((m) => ({ value: m.id, label: formatLongDate(m.date) }))}
            onChange={setAtId}
            hint="It is added there as an item of its own."
          />
          <SelectField
            label="Minute being corrected"
            value={itemId}
            choices={work.detail.items.map((i) => ({ value: i.id, label: `${i.minuteLabel ?? i.number} ${i.title}` }))}
            onChange={setItemId}
          />
          <TextAreaField
            id={`${base}-text`}
            label="The correction, as it is to be minuted"
            value={text}
            onChange={setText}
            error={shown[0]?.message}
          />
          <FormError error={record.error} />
          <button type="submit" className="button" aria-disabled={record.busy}>
            Record the correction
          </button>
        </form>
      )}
    </section>
  );
}
