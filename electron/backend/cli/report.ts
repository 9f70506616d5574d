import { REPORT_FORMATS_BY_KIND, REPORT_KINDS, type ReportFormat, type ReportKind } from '../../../shared/api/areas/reports';
import type { Backend } from '../backend';
import { CliFailure, EXIT, type ExitCode } from './exit-codes';
import { callApi, writeMadeFile } from './run-api';

export type ReportOptions = {
  readonly board?: string;
  readonly from?: string;
  readonly to?: string;
  readonly format?: string;
  readonly out?: string;
};

type Io = { readonly out: (line: string) => void; readonly err: (line: string) => void };

const isKind = (value: string): value is ReportKind => (REPORT_KINDS as readonly string[]).includes(value);

/**
 * `minute-book report KIND --board ID [--from DATE] [--to DATE] --format csv|docx|pdf --out FILE`: a board's
 * report over a period, through the same contract method as the board's Reports page.
 */
export async function reportCommand(backend: Backend, kind: string | undefined, options: ReportOptions, io: Io): Promise<ExitCode> {
  if (kind === undefined || !isKind(kind))
    throw new CliFailure(EXIT.unusable, `Say which report: minute-book report ${REPORT_KINDS.join('|')} --board ID ...`);
  if (options.board === undefined || options.board === '')
    throw new CliFailure(EXIT.unusable, 'Say which board with --board ID (minute-book list boards shows them).');
  const formats = REPORT_FORMATS_BY_KIND[kind];
  const isFormat = (value: string): value is ReportFormat => (formats as readonly string[]).includes(value);
  const format = options.format ?? formats[0] ?? '';
  if (!isFormat(format)) {
    throw new CliFailure(EXIT.unusable, `The ${kind} report comes as ${formats.join(', ')}: say which with --format.`);
  }
  if (options.out === undefined || options.out === '') throw new CliFailure(EXIT.unusable, 'Say where to write the file with --out FILE.');
  const file = await callApi(backend, 'reports.render', {
    boardId: options.board,
    kind,
    format,
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.to === undefined ? {} : { to: options.to }),
  });
  writeMadeFile(backend, file, options.out);
  const pages = file.pages === undefined ? '' : ` (${file.pages} ${file.pages === 1 ? 'page' : 'pages'})`;
  io.out(`Wrote ${options.out}${pages}.`);
  for (const note of file.notes) io.err(`Note: ${note}`);
  return EXIT.ok;
}
