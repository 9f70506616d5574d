import type { ReactNode } from 'react';
import {
  ATTENDANCE_STATUSES,
  MEMBER_ROLES,
  type Meeting,
  type MemberRole,
  type PastMinutesDraft,
  type SourceFormat,
  type SourceLines,
} from '../../../../shared/model';
import { useApiMutation } from '../../api/use-api-mutation';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, type Choice } from '../../components/form/SelectField';
import { TextAreaField } from '../../components/form/TextAreaField';
import { TextField } from '../../components/form/TextField';
import { useClerkForm } from '../../components/form/use-clerk-form';
import { useFormErrors } from '../../components/form/use-form-errors';
import { Tag } from '../../components/Tag';
import { attendanceWords, roleWords } from '../live-minutes/words';
import { linesWords, reviewedDraft, reviewValues, ReviewValues } from './review-values';

/** Each field's id, from its path in the form: `items.2.title` → `review-items-2-title`. */
export const reviewFieldId = (path: string): string => `review-${path.replace(/^draft\./, '').replace(/\./g, '-')}`;

const STATUS_CHOICES: readonly Choice<(typeof ATTENDANCE_STATUSES)[number]>[] = ATTENDANCE_STATUSES.map((s) => ({
  value: s,
  label: attendanceWords(s),
}));
const ROLE_CHOICES: readonly Choice<MemberRole | ''>[] = [
  { value: '', label: 'Not given' },
  ...MEMBER_ROLES.map((r) => ({ value: r, label: roleWords(r) })),
];

type Piece = { readonly lines: SourceLines; readonly unsure?: string | undefined };

/** Where a piece came from, as a button that shows those lines, and why the recogniser is unsure of it. */
function Provenance({ piece, what, onShow }: { piece: Piece; what: string; onShow: (lines: SourceLines) => void }): ReactNode {
  return (
    <p className="past-minutes__provenance">
      <button type="button" className="link-button" onClick={() => onShow(piece.lines)}>
        Show {linesWords(piece.lines)}
        <span className="visually-hidden">, where {what} was read</span>
      </button>
      {piece.unsure === undefined ? null : (
        <>
          {' '}
          <Tag tone="warning">Check this</Tag> {piece.unsure}
        </>
      )}
    </p>
  );
}

/**
 * The recognised minutes of one file, for the clerk to correct before anything is stored: the meeting's facts,
 * attendance, declarations, each item with its minute, decisions and actions, and the approval. Each piece links
 * to the lines it was read from and says where the recogniser was unsure. Accepting stores it all at once.
 */
export function ReviewForm({
  boardId,
  fileName,
  format,
  draft,
  onShow,
  onAccepted,
}: {
  boardId: string;
  fileName: string;
  format: SourceFormat;
  draft: PastMinutesDraft;
  onShow: (lines: SourceLines) => void;
  onAccepted: (meeting: Meeting) => void;
}): ReactNode {
  const accept = useApiMutation('pastMinutes.accept');
  const form = useClerkForm(ReviewValues, reviewValues(draft));
  const { errors, errorFor, attempt } = useFormErrors(form, reviewFieldId, {
    error: accept.error,
    fieldForPath: (path) => (path === undefined ? undefined : reviewFieldId(path)),
    fallbackId: reviewFieldId('date'),
  });
  const values = form.watch();
  const field = (path: string): { id: string; error: string | undefined } => ({ id: reviewFieldId(path), error: errorFor(reviewFieldId(path)) });

  const submit = async (checked: ReviewValues): Promise<void> => {
    const accepted = await accept.run({ boardId, source: { fileName, format }, draft: reviewedDraft(draft, checked) });
    if (accepted !== undefined) onAccepted(accepted.meeting);
  };

  return (
    <form
      className="form past-minutes__review"
      aria-labelledby="review-heading"
      onSubmit={(event) => void form.handleSubmit(submit)(event)}
      noValidate
    >
      <h2 id="review-heading">What Minute Book recognised</h2>
      <ErrorSummary errors={errors} attempt={attempt} />
      {draft.notes.length === 0 ? null : (
        <ul className="callout callout--warning">
          {draft.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}

      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--large">The meeting</legend>
        {draft.date === undefined ? null : <Provenance piece={draft.date} what="the date" onShow={onShow} />}
        <TextField label="Date" type="date" width="short" {...field('date')} value={values.date} onChange={(v) => form.setValue('date', v)} />
        <TextField
          label="Start time"
          type="time"
          width="short"
          {...field('startTime')}
          value={values.startTime}
          onChange={(v) => form.setValue('startTime', v)}
        />
        <TextField
          label="Closing time"
          type="time"
          width="short"
          {...field('endTime')}
          value={values.endTime}
          onChange={(v) => form.setValue('endTime', v)}
        />
        <TextField label="Venue" width="full" {...field('venue')} value={values.venue} onChange={(v) => form.setValue('venue', v)} />
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--large">Attendance ({values.attendance.length})</legend>
        {values.attendance.length === 0 ? <p>No attendance list was recognised. Add the people who were there.</p> : null}
        {values.attendance.map((person, i) => (
          <div className="past-minutes__row" key={`${person.lines.from}-${i}`} role="group" aria-label={person.name || `Person ${i + 1}`}>
            <Provenance piece={person} what={person.name} onShow={onShow} />
            <TextField
              label="Name"
              width="medium"
              {...field(`attendance.${i}.name`)}
              value={person.name}
              onChange={(v) => form.setValue(`attendance.${i}.name`, v)}
            />
            <SelectField
              label="Attendance"
              {...field(`attendance.${i}.status`)}
              value={person.status}
              choices={STATUS_CHOICES}
              onChange={(v) => form.setValue(`attendance.${i}.status`, v)}
            />
            <SelectField
              label="Role on the board"
              {...field(`attendance.${i}.role`)}
              value={person.role ?? ''}
              choices={ROLE_CHOICES}
              onChange={(v) => form.setValue(`attendance.${i}.role`, v === '' ? undefined : v)}
            />
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                form.setValue(
                  'attendance',
                  values.attendance.filter((_, j) => j !== i),
                )
              }
            >
              Remove<span className="visually-hidden"> {person.name}</span>
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => form.setValue('attendance', [...values.attendance, { name: '', status: 'present', lines: { from: 1, to: 1 } }])}
        >
          Add a person
        </button>
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--large">Declarations of interest ({values.declarations.length})</legend>
        {values.declarations.length === 0 ? <p>None recognised.</p> : null}
        {values.declarations.map((declaration, i) => (
          <div className="past-minutes__row" key={`${declaration.lines.from}-${i}`} role="group" aria-label={`Declaration by ${declaration.name}`}>
            <Provenance piece={declaration} what={`the declaration by ${declaration.name}`} onShow={onShow} />
            <TextField
              label="Who declared"
              width="medium"
              {...field(`declarations.${i}.name`)}
              value={declaration.name}
              onChange={(v) => form.setValue(`declarations.${i}.name`, v)}
            />
            <TextField
              label="The interest"
              width="full"
              {...field(`declarations.${i}.nature`)}
              value={declaration.nature}
              onChange={(v) => form.setValue(`declarations.${i}.nature`, v)}
            />
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                form.setValue(
                  'declarations',
                  values.declarations.filter((_, j) => j !== i),
                )
              }
            >
              Remove<span className="visually-hidden"> the declaration by {declaration.name}</span>
            </button>
          </div>
        ))}
      </fieldset>

      <h3>Items ({values.items.length})</h3>
      {values.items.map((item, i) => (
        <fieldset className="fieldset past-minutes__item" key={`${item.lines.from}-${i}`}>
          <legend className="fieldset__legend fieldset__legend--large">
            Item {item.number ?? i + 1}: {item.title}
          </legend>
          <Provenance piece={item} what={`item ${item.number ?? i + 1}`} onShow={onShow} />
          <TextField
            label="Agenda number"
            width="short"
            {...field(`items.${i}.number`)}
            value={item.number ?? ''}
            onChange={(v) => form.setValue(`items.${i}.number`, v === '' ? undefined : v)}
          />
          <TextField
            label="Minute number"
            width="short"
            {...field(`items.${i}.minuteNumber`)}
            value={item.minuteNumber ?? ''}
            onChange={(v) => form.setValue(`items.${i}.minuteNumber`, v === '' ? undefined : v)}
          />
          <TextField
            label="Title"
            width="full"
            {...field(`items.${i}.title`)}
            value={item.title}
            onChange={(v) => form.setValue(`items.${i}.title`, v)}
          />
          {item.exemptParagraphs === undefined ? null : (
            <p>
              <Tag tone="private">Private</Tag> Taken in private under paragraph{item.exemptParagraphs.length === 1 ? '' : 's'}{' '}
              {item.exemptParagraphs.join(' and ')} of Schedule 12A.
            </p>
          )}
          <TextAreaField
            label="Minute"
            rows={6}
            {...field(`items.${i}.text`)}
            value={item.text}
            onChange={(v) => form.setValue(`items.${i}.text`, v)}
          />
          {item.decisions.map((decision, d) => (
            <div
              className="past-minutes__decision"
              key={`${decision.lines.from}-${d}`}
              role="group"
              aria-label={`Decision ${d + 1} of item ${item.number ?? i + 1}`}
            >
              <Provenance piece={decision} what={`decision ${d + 1}`} onShow={onShow} />
              <TextField
                label="Verb"
                width="short"
                {...field(`items.${i}.decisions.${d}.verb`)}
                value={decision.verb}
                onChange={(v) => form.setValue(`items.${i}.decisions.${d}.verb`, v.toUpperCase())}
              />
              {decision.parts.map((part, p) => (
                <TextAreaField
                  key={p}
                  label={`Part ${part.label ?? p + 1}`}
                  rows={2}
                  {...field(`items.${i}.decisions.${d}.parts.${p}.text`)}
                  value={part.text}
                  onChange={(v) => form.setValue(`items.${i}.decisions.${d}.parts.${p}.text`, v)}
                />
              ))}
              {decision.vote === undefined ? null : <p>Vote: {voteWords(decision.vote)}</p>}
            </div>
          ))}
          {item.actions.map((action, a) => (
            <div
              className="past-minutes__action"
              key={`${action.lines.from}-${a}`}
              role="group"
              aria-label={`Action ${a + 1} of item ${item.number ?? i + 1}`}
            >
              <Provenance piece={action} what={`action ${a + 1}`} onShow={onShow} />
              <TextField
                label="Action"
                width="full"
                {...field(`items.${i}.actions.${a}.text`)}
                value={action.text}
                onChange={(v) => form.setValue(`items.${i}.actions.${a}.text`, v)}
              />
              <TextField
                label="Who is to do it"
                width="medium"
                {...field(`items.${i}.actions.${a}.ownerText`)}
                value={action.ownerText ?? ''}
                onChange={(v) => form.setValue(`items.${i}.actions.${a}.ownerText`, v === '' ? undefined : v)}
              />
            </div>
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              form.setValue(
                'items',
                values.items.filter((_, j) => j !== i),
              )
            }
          >
            Remove this item<span className="visually-hidden">: {item.title}</span>
          </button>
        </fieldset>
      ))}

      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--large">Approval and signature</legend>
        {draft.approval === undefined ? (
          <p>The file does not say who signed these minutes. Leave “Signed by” empty to keep them as unsigned minutes.</p>
        ) : null}
        <TextField
          label="Signed by"
          hint="Usually the chair, as the minutes name them."
          width="medium"
          {...field('signedBy')}
          value={values.signedBy}
          onChange={(v) => form.setValue('signedBy', v)}
        />
        <TextField
          label="Signed on"
          type="date"
          width="short"
          {...field('signedOn')}
          value={values.signedOn}
          onChange={(v) => form.setValue('signedOn', v)}
        />
        <TextField
          label="Approved at the meeting of"
          type="date"
          width="short"
          {...field('approvedAtMeetingOn')}
          value={values.approvedAtMeetingOn}
          onChange={(v) => form.setValue('approvedAtMeetingOn', v)}
        />
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button" aria-disabled={accept.pending}>
          {accept.pending ? 'Storing…' : 'Accept and store these minutes'}
        </button>
      </div>
    </form>
  );
}

function voteWords(vote: NonNullable<PastMinutesDraft['items'][number]['decisions'][number]['vote']>): string {
  const counts = [
    vote.for === undefined ? '' : `${vote.for} for`,
    vote.against === undefined ? '' : `${vote.against} against`,
    vote.abstain === undefined ? '' : `${vote.abstain} abstaining`,
  ].filter((w) => w !== '');
  const named = (vote.named ?? []).map((n) => `${n.name} (${n.vote})`);
  return [...counts, ...(named.length === 0 ? [] : [`named: ${named.join(', ')}`])].join('; ');
}
