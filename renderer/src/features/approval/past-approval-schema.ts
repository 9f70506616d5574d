import { z } from 'zod';
import type { Input } from '../../../../shared/api/contract';
import { INPUTS } from '../../../../shared/api/inputs';
import { formatLongDate } from '../../../../shared/domain/british-dates';
import type { Signer } from './signers';

const { signature, atMeetingOn } = INPUTS['minutes.recordPastApproval'].shape;

/** The choice of signer that means "someone not on the list": their name is typed. */
export const SOMEONE_ELSE = 'someone-else';

export const PAST_APPROVAL_FIELD_IDS = {
  signerId: 'past-approval-signer',
  signerName: 'past-approval-signer-name',
  signedOn: 'past-approval-signed-on',
  atMeetingOn: 'past-approval-at-meeting-on',
  confirmed: 'past-approval-confirm',
} as const;

export type PastApprovalValues = {
  signerId: string;
  signerName: string;
  signedOn: string;
  atMeetingOn: string;
  confirmed: boolean;
};

const isDay = (text: string): boolean => signature.shape.signedOn.safeParse(text.trim()).success;

/**
 * Recording that minutes of a past meeting were approved and signed before Minute Book, from the contract's
 * `minutes.recordPastApproval`: who signed (a member on the day, or a name typed), when, and the day of the
 * approving meeting if known. Its output is the input to send, but for the meeting's id.
 */
export function pastApprovalSchema(
  signers: readonly Signer[],
  meetingDate: string,
  today: string,
): z.ZodType<Omit<Input<'minutes.recordPastApproval'>, 'meetingId'>, PastApprovalValues> {
  return z
    .object({ signerId: z.string(), signerName: z.string(), signedOn: z.string(), atMeetingOn: z.string(), confirmed: z.boolean() })
    .superRefine((values, ctx) => {
      const typed = values.signerId === SOMEONE_ELSE || signers.length === 0;
      if (values.signerId === '' && signers.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['signerId'], message: 'Choose who signed the minutes' });
      } else if (typed && !signature.shape.name.safeParse(values.signerName).success) {
        ctx.addIssue({ code: 'custom', path: ['signerName'], message: 'Enter the name of the person who signed the minutes' });
      }
      const signedOn = values.signedOn.trim();
      const at = values.atMeetingOn.trim();
      if (!isDay(signedOn)) ctx.addIssue({ code: 'custom', path: ['signedOn'], message: 'Enter the date the minutes were signed' });
      else if (signedOn < meetingDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['signedOn'],
          message: `The minutes cannot be signed before the meeting on ${formatLongDate(meetingDate)}`,
        });
      } else if (signedOn > today) ctx.addIssue({ code: 'custom', path: ['signedOn'], message: 'The date signed cannot be after today' });
      if (at !== '') {
        if (!atMeetingOn.unwrap().safeParse(at).success) {
          ctx.addIssue({
            code: 'custom',
            path: ['atMeetingOn'],
            message: 'Enter the date of the meeting that approved the minutes, or leave it blank',
          });
        } else if (at <= meetingDate) {
          ctx.addIssue({ code: 'custom', path: ['atMeetingOn'], message: `The approving meeting must be after ${formatLongDate(meetingDate)}` });
        } else if (isDay(signedOn) && signedOn < at) {
          ctx.addIssue({
            code: 'custom',
            path: ['signedOn'],
            message: 'The minutes are signed on or after the day of the meeting that approved them',
          });
        }
      }
      if (!values.confirmed) ctx.addIssue({ code: 'custom', path: ['confirmed'], message: 'Confirm that the minutes were approved and signed' });
    })
    .transform((values) => {
      const signer = signers.find((s) => s.personId === values.signerId);
      const at = values.atMeetingOn.trim();
      return {
        signature:
          signer === undefined
            ? { name: values.signerName.trim(), signedOn: values.signedOn.trim() }
            : { name: signer.signatureName, personId: signer.personId, signedOn: values.signedOn.trim() },
        ...(at === '' ? {} : { atMeetingOn: at }),
      };
    });
}

/** The field a problem at `path` (in the form, or in the contract's input) is shown beside. */
export function pastApprovalFieldId(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  if (path === 'signature.signedOn' || path === 'signedOn') return PAST_APPROVAL_FIELD_IDS.signedOn;
  if (path === 'signature.personId' || path === 'signerId') return PAST_APPROVAL_FIELD_IDS.signerId;
  if (path === 'signature.name' || path === 'signerName') return PAST_APPROVAL_FIELD_IDS.signerName;
  if (path === 'atMeetingOn') return PAST_APPROVAL_FIELD_IDS.atMeetingOn;
  if (path === 'confirmed') return PAST_APPROVAL_FIELD_IDS.confirmed;
  return undefined;
}
