import { EASY_READ_KINDS, FORMATS_BY_KIND, type ExportFormat, type ExportKind } from '../../../../shared/api/exports';
import type { MeetingDetail } from '../../../../shared/api/views';

/** The kinds the dialog offers: public minutes are minutes with the public version chosen. */
export type DialogKind = Exclude<ExportKind, 'public-minutes'>;

export const KIND_LABELS: Readonly<Record<DialogKind, { label: string; hint: string }>> = {
  agenda: { label: 'Agenda', hint: 'The front sheet and the numbered items.' },
  pack: { label: 'Agenda pack', hint: 'The agenda and every report that is a PDF, as one PDF with bookmarks.' },
  minutes: { label: 'Minutes', hint: 'For the chair to sign, and to publish.' },
  extract: { label: 'Extract of a decision', hint: 'One decision, with its reference, certified by the clerk.' },
  actions: { label: 'Action log', hint: 'The board’s open and recently closed actions.' },
  ics: { label: 'Calendar entry', hint: 'The meeting, for Outlook or any calendar.' },
  resolutions: { label: 'Resolutions register', hint: 'Every decision of the board, as a spreadsheet.' },
  'easy-read-agenda': {
    label: 'Easy read agenda',
    hint: 'Large print, short sentences, one idea a line: each item’s easy-read summary. Always public.',
  },
  'easy-read-minutes': { label: 'Easy read minutes', hint: 'Large print, short sentences: what we talked about and what we decided. Always public.' },
};

export const FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  html: 'Web page (HTML)',
  csv: 'Spreadsheet (CSV)',
  ics: 'Calendar (ICS)',
};

const HELD = ['held', 'minutes-drafted', 'minutes-signed'];

/** What this meeting can be exported as: no minutes before it is held, no extract without decisions. */
export function kindsFor(detail: MeetingDetail): DialogKind[] {
  const kinds: DialogKind[] = ['agenda', 'pack', 'easy-read-agenda'];
  if (HELD.includes(detail.meeting.status)) kinds.push('minutes', 'easy-read-minutes');
  if (detail.resolutions.length > 0) kinds.push('extract');
  kinds.push('actions', 'ics', 'resolutions');
  return kinds;
}

export const formatsFor = (kind: DialogKind): readonly ExportFormat[] => FORMATS_BY_KIND[kind];

/** Signed minutes, as PDF, can also be made as the PDF/A copy for the archive. */
export const archiveAllowed = (detail: MeetingDetail, kind: DialogKind, format: ExportFormat): boolean =>
  kind === 'minutes' && format === 'pdf' && detail.meeting.status === 'minutes-signed';

export type ExportChoices = {
  readonly kind: DialogKind;
  readonly format: ExportFormat;
  readonly audience: 'public' | 'private';
  readonly resolution: string;
  readonly archive: boolean;
  /** The action log as it stood at the end of this day; empty for today. */
  readonly asAt?: string;
};

/** The contract's request for the dialog's choices. */
export function requestFor(
  detail: MeetingDetail,
  choices: ExportChoices,
): {
  meetingId: string;
  kind: ExportKind;
  format: ExportFormat;
  audience: 'public' | 'private';
  resolution?: string;
  archive?: boolean;
  asAt?: string;
} {
  const kind: ExportKind = choices.kind === 'minutes' && choices.audience === 'public' ? 'public-minutes' : choices.kind;
  return {
    meetingId: detail.meeting.id,
    kind,
    format: choices.format,
    audience: EASY_READ_KINDS.includes(choices.kind) ? 'public' : choices.audience,
    ...(choices.kind === 'extract' ? { resolution: choices.resolution } : {}),
    ...(choices.archive && archiveAllowed(detail, choices.kind, choices.format) ? { archive: true } : {}),
    ...(choices.kind === 'actions' && choices.asAt !== undefined && choices.asAt !== '' ? { asAt: choices.asAt } : {}),
  };
}

/** "RCPB/2025/5-1: That the feedback from carers be noted." for the decision list. */
export function decisionLabel(resolution: MeetingDetail['resolutions'][number]): string {
  const words = resolution.parts[0]?.text ?? '';
  const short = words.length > 70 ? `${words.slice(0, 69)}…` : words;
  return `${resolution.reference ?? resolution.kind}: ${short}`;
}
