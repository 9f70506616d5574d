import { useId } from 'react';
import type { ReactNode } from 'react';
import { formatLongDate, memberRoleLabel, parseIsoDate, personKindLabel } from '../../../../shared/domain';
import { parseMemberList } from '../../../../shared/domain/member-list';
import { useApiMutation } from '../../api/use-api-mutation';
import { useAnnounce } from '../../components/Announcer';
import { CheckboxField } from '../../components/form/CheckboxField';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField } from '../../components/form/SelectField';
import { TextAreaField } from '../../components/form/TextAreaField';
import { TextField } from '../../components/form/TextField';
import { useClerkForm } from '../../components/form/use-clerk-form';
import { useFormErrors } from '../../components/form/use-form-errors';
import { KIND_CHOICES } from './member-choices';
import { newPasteValues, PASTE_FIELD_IDS, pasteFieldId, pasteMembersSchema } from './paste-members-schema';

const dateHint = (iso: string, otherwise: string): string => (parseIsoDate(iso) ? formatLongDate(iso) : otherwise);

/**
 * Adds several new members at once from a list pasted out of a Word table or a spreadsheet: one a line, name then
 * role then organisation. What it read is shown as a table as it is typed, with the lines it could not read marked;
 * they are added together, in one change, or not at all.
 */
export function PasteMembersForm({ boardId, today, onAdded }: { boardId: string; today: string; onAdded: () => Promise<void> }): ReactNode {
  const submit = useApiMutation('members.addMany');
  const announce = useAnnounce();
  const form = useClerkForm(pasteMembersSchema, newPasteValues(today));
  const { errors, errorFor, attempt } = useFormErrors(form, pasteFieldId, {
    error: submit.error,
    fieldForPath: pasteFieldId,
    fallbackId: PASTE_FIELD_IDS.text,
  });
  const values = form.watch();
  const list = parseMemberList(values.text);
  const captionId = useId();
  const rows = [
    ...list.members.map((member) => ({ line: member.line, member, unread: undefined })),
    ...list.unread.map((unread) => ({ line: unread.line, member: undefined, unread })),
  ].toSorted((a, b) => a.line - b.line);

  const save = form.handleSubmit(async (checked) => {
    const added = await submit.run({ boardId, ...checked });
    if (!added) return;
    announce(`${added.length} ${added.length === 1 ? 'member' : 'members'} added from the list`);
    form.reset({ ...form.getValues(), text: '' });
    await onAdded();
  });

  return (
    <form className="form" onSubmit={(event) => void save(event)} noValidate aria-label="Paste a list of members">
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextAreaField
        id={PASTE_FIELD_IDS.text}
        label="The list"
        hint="One member a line: name, role, organisation. Copy the rows of a Word table or a spreadsheet (cells separated by tabs), or type them separated by commas. A header row is skipped."
        rows={6}
        value={values.text}
        onChange={(v) => form.setValue('text', v)}
        error={errorFor(PASTE_FIELD_IDS.text)}
      />
      {rows.length > 0 ? (
        <table className="tracker-table paste-preview" aria-describedby={captionId}>
          <caption id={captionId}>
            {list.members.length} {list.members.length === 1 ? 'member' : 'members'} read
            {list.unread.length > 0 ? `, ${list.unread.length} ${list.unread.length === 1 ? 'line' : 'lines'} not read` : ''}
            {list.header ? ' (the header row was skipped)' : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Kind</th>
              <th scope="col">Organisation</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ line, member, unread }) =>
              member !== undefined ? (
                <tr key={line}>
                  <td>{line}</td>
                  <td>{member.name}</td>
                  <td>{memberRoleLabel(member.role)}</td>
                  <td>{personKindLabel(member.kind ?? values.kind)}</td>
                  <td>{member.organisation ?? ''}</td>
                </tr>
              ) : (
                <tr key={line} className="paste-preview__unread" data-unread-line={line}>
                  <td>{line}</td>
                  <td colSpan={4}>
                    <strong>Not read:</strong> “{unread?.text}”. {unread?.problem}
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : null}
      <SelectField
        id={PASTE_FIELD_IDS.kind}
        label="Kind of member, where a line does not say"
        hint="A line can say it in the role column (Councillor, Expert by experience, Carer…), or with Cllr before the name."
        value={values.kind}
        choices={KIND_CHOICES}
        onChange={(v) => form.setValue('kind', v)}
      />
      <CheckboxField
        label="Name them in public documents"
        hint="Untick if someone on the list has not agreed to be named: public minutes then show their role. You can change each person afterwards."
        checked={values.named}
        onChange={(v) => form.setValue('named', v)}
      />
      <div className="field-row">
        <TextField
          id={PASTE_FIELD_IDS.termStart}
          label="Memberships start"
          type="date"
          width="medium"
          hint={dateHint(values.termStart, 'The same for everyone on the list.')}
          value={values.termStart}
          onChange={(v) => form.setValue('termStart', v)}
          error={errorFor(PASTE_FIELD_IDS.termStart)}
        />
        <TextField
          id={PASTE_FIELD_IDS.termEnd}
          label="Memberships end (optional)"
          type="date"
          width="medium"
          hint={dateHint(values.termEnd, 'Leave blank if open-ended.')}
          value={values.termEnd}
          onChange={(v) => form.setValue('termEnd', v)}
          error={errorFor(PASTE_FIELD_IDS.termEnd)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={submit.pending}>
          {list.members.length > 0 ? `Add these ${list.members.length} ${list.members.length === 1 ? 'member' : 'members'}` : 'Add the members'}
        </button>
      </div>
    </form>
  );
}
