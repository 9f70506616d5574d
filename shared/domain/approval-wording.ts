import { formatLongDate } from './british-dates';

export type ApprovalWording = { readonly minute: string; readonly resolution: string };

/**
 * What the approving meeting records under "Minutes of the previous meeting": the resolution, and the minute
 * that says who signed. Names are public names: these go into the minutes.
 */
export function approvalWording(previousDate: string, signedBy: string): ApprovalWording {
  const date = formatLongDate(previousDate);
  return {
    minute: `The minutes of the meeting held on ${date} were approved as a correct record and signed by ${signedBy}.`,
    resolution: `That the minutes of the meeting held on ${date} be approved as a correct record.`,
  };
}

/** The title of the agenda item a correction of signed minutes is minuted under, when it has none of its own. */
export function correctionItemTitle(correctedDate: string): string {
  return `Correction to the minutes of ${formatLongDate(correctedDate)}`;
}

/**
 * A minute with the approval's words as a paragraph of their own at the end, as the minute editor adds them; the
 * minute as it is when it says so already.
 */
export function withParagraph(text: string, paragraph: string): string {
  if (text.includes(paragraph)) return text;
  const body = text.replace(/\s+$/, '');
  return body === '' ? paragraph : `${body}\n\n${paragraph}`;
}
