import { EXPORT_FORMATS, EXPORT_KINDS, FORMATS_BY_KIND, type ExportFormat, type ExportKind } from '../../../shared/api/exports';
import type { Backend } from '../backend';
import { CliFailure, EXIT, type ExitCode } from './exit-codes';
import { callApi, writeMadeFile } from './run-api';

export type RenderOptions = {
  readonly kind?: string;
  readonly format?: string;
  readonly resolution?: string;
  readonly archive: boolean;
  readonly public: boolean;
  readonly board?: string;
  readonly out?: string;
  /** The action log as it stood at the end of this day. */
  readonly 'as-at'?: string;
};

type Io = { readonly out: (line: string) => void; readonly err: (line: string) => void };

const isKind = (value: string): value is ExportKind => (EXPORT_KINDS as readonly string[]).includes(value);
const isFormat = (value: string): value is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(value);

function sizeWords(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * `minute-book render MEETING_ID --kind K --format F --out FILE`: the same exports as the app's export dialog,
 * through the same contract method, written to a file.
 */
export async function renderCommand(backend: Backend, meetingId: string | undefined, options: RenderOptions, io: Io): Promise<ExitCode> {
  const kind = options.kind ?? '';
  if (!isKind(kind)) throw new CliFailure(EXIT.unusable, `Say which document with --kind: ${EXPORT_KINDS.join(', ')}.`);
  const format = options.format ?? FORMATS_BY_KIND[kind][0] ?? '';
  if (!isFormat(format)) throw new CliFailure(EXIT.unusable, `Say which format with --format: ${EXPORT_FORMATS.join(', ')}.`);
  if (options.out === undefined || options.out === '') throw new CliFailure(EXIT.unusable, 'Say where to write the file with --out FILE.');
  if (meetingId === undefined && options.board === undefined) {
    throw new CliFailure(
      EXIT.unusable,
      'Say which meeting: minute-book render MEETING_ID --kind ... (action logs and registers also take --board ID).',
    );
  }
  const file = await callApi(backend, 'exports.render', {
    ...(meetingId === undefined ? {} : { meetingId }),
    ...(options.board === undefined ? {} : { boardId: options.board }),
    kind,
    format,
    ...(options.public ? { audience: 'public' as const } : {}),
    ...(options.resolution === undefined ? {} : { resolution: options.resolution }),
    ...(options.archive ? { archive: true } : {}),
    ...(options['as-at'] === undefined ? {} : { asAt: options['as-at'] }),
  });
  writeMadeFile(backend, file, options.out);
  const pages = file.pages === undefined ? '' : `${file.pages} ${file.pages === 1 ? 'page' : 'pages'}, `;
  io.out(`Wrote ${options.out} (${pages}${sizeWords(file.byteLength)}).`);
  for (const note of file.notes) io.err(`Note: ${note}`);
  return EXIT.ok;
}
