import type { ExportFormat, ExportKind } from '../../../shared/api/exports';
import { cleanFileName } from '../../../shared/domain/file-names';

const WORDS: Readonly<Record<ExportKind, string>> = {
  agenda: 'agenda',
  pack: 'agenda pack',
  minutes: 'minutes',
  'public-minutes': 'minutes',
  extract: 'extract',
  actions: 'action log',
  ics: 'meeting',
  resolutions: 'resolutions register',
  'easy-read-agenda': 'easy read agenda',
  'easy-read-minutes': 'easy read minutes',
};

/** A file name a clerk can file: "RCPB 2026-12-15 minutes (public).pdf". No characters any system refuses. */
export function exportFileName(parts: {
  readonly shortCode: string;
  readonly date: string;
  readonly kind: ExportKind;
  readonly format: ExportFormat;
  readonly audience: 'public' | 'private';
  readonly reference?: string;
  readonly archive?: boolean;
}): string {
  const qualifiers = [
    ...(parts.audience === 'public' && parts.kind !== 'ics' ? ['public'] : []),
    ...(parts.archive === true ? ['archive PDF-A'] : []),
  ];
  const reference = parts.reference === undefined ? '' : ` ${parts.reference}`;
  const stem = `${parts.shortCode} ${parts.date} ${WORDS[parts.kind]}${reference}${qualifiers.length === 0 ? '' : ` (${qualifiers.join(', ')})`}`;
  const safe = [...stem].map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '-' : c)).join('');
  // The shared cleaner has the last word: a board's name or reference may hold bidirectional controls.
  return cleanFileName(`${safe.replace(/-{2,}/g, '-').replace(/\s+/g, ' ').trim()}.${parts.format}`, WORDS[parts.kind]);
}
