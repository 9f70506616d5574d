import { z } from 'zod';
import type { Input } from '../../../../shared/api/contract';
import { INPUTS } from '../../../../shared/api/inputs';
import { parseMemberList, type PastedMember } from '../../../../shared/domain/member-list';
import { PersonKind } from '../../../../shared/model/person';
import { optional, worded } from '../../components/form/form-rules';

const { termStart, termEnd } = INPUTS['members.addMany'].shape;

export const PASTE_FIELD_IDS = {
  text: 'paste-members-text',
  kind: 'paste-members-kind',
  termStart: 'paste-members-term-start',
  termEnd: 'paste-members-term-end',
} as const;

/** The people a pasted line makes: its kind if it says, else the form's; named in public as the clerk chose. */
export function pastedPerson(member: PastedMember, kind: PersonKind, named: boolean): Input<'members.addMany'>['members'][number] {
  return {
    person: {
      name: member.name,
      kind: member.kind ?? kind,
      consentToBeNamed: named,
      ...(member.organisation === undefined ? {} : { organisation: member.organisation }),
    },
    role: member.role,
  };
}

/**
 * A pasted list of members, from the contract's `members.addMany`: every line read (a line that cannot be read
 * must be corrected or removed first), one term for all. Its output is the input to send, but for the board.
 */
export const pasteMembersSchema = z
  .object({
    text: z.string(),
    kind: PersonKind,
    named: z.boolean(),
    termStart: worded(termStart, 'Enter the date the memberships start'),
    termEnd: optional(worded(termEnd.unwrap(), 'Enter the date the memberships end, or leave it blank')),
  })
  .superRefine((values, ctx) => {
    const list = parseMemberList(values.text);
    const [unread] = list.unread;
    if (unread !== undefined) {
      const more = list.unread.length > 1 ? ` (and ${list.unread.length - 1} more)` : '';
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: `Line ${unread.line} could not be read${more}: correct it or remove it. ${unread.problem}`,
      });
    } else if (list.members.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'Paste the list of members, one a line' });
    } else if (list.members.length > 200) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'Paste at most 200 members at a time' });
    }
    const start = termStart.safeParse(values.termStart);
    const end = termEnd.unwrap().safeParse(values.termEnd);
    if (start.success && end.success && end.data < start.data) {
      ctx.addIssue({ code: 'custom', path: ['termEnd'], message: 'The memberships cannot end before they start' });
    }
  })
  .transform((values): Omit<Input<'members.addMany'>, 'boardId'> => ({
    termStart: values.termStart,
    ...(values.termEnd === undefined ? {} : { termEnd: values.termEnd }),
    members: parseMemberList(values.text).members.map((member) => pastedPerson(member, values.kind, values.named)),
  }));

export type PasteMembersValues = z.input<typeof pasteMembersSchema>;

export const newPasteValues = (today: string): PasteMembersValues => ({ text: '', kind: 'councillor', named: true, termStart: today, termEnd: '' });

/** The field a problem at `path` (in the form, or in the contract's input) is shown beside. */
export function pasteFieldId(path: string | undefined): string | undefined {
  const key = path?.split('.')[0];
  if (key === 'members') return PASTE_FIELD_IDS.text;
  return key !== undefined && key in PASTE_FIELD_IDS ? PASTE_FIELD_IDS[key as keyof typeof PASTE_FIELD_IDS] : undefined;
}
