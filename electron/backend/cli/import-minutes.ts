import fs from 'node:fs';
import path from 'node:path';
import { formatLongDate } from '../../../shared/domain';
import type { Board, PastMinutesDraft } from '../../../shared/model';
import type { Backend } from '../backend';
import { readAndRecognise } from '../handlers/past-minutes/read-and-recognise';
import { CliFailure, EXIT, type ExitCode } from './exit-codes';
import { callApi } from './run-api';

export type ImportMinutesOptions = {
  readonly board?: string | undefined;
  readonly json?: boolean | undefined;
  readonly 'dry-run'?: boolean | undefined;
};

type Io = { readonly out: (line: string) => void; readonly err: (line: string) => void };

/** The kinds of file past minutes come in. */
const MINUTES_FILE = /\.(docx|pdf|doc|odt|rtf)$/i;

/** Each file named, and every minutes file in each folder named (and the folders within), in name order. */
export function minutesFiles(named: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (entry: string): void => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(entry);
    } catch {
      found.push(entry); // Reported as unreadable when its turn comes.
      return;
    }
    if (!stat.isDirectory()) {
      found.push(entry);
      return;
    }
    for (const name of fs.readdirSync(entry).sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }))) {
      const inner = path.join(entry, name);
      if (fs.statSync(inner).isDirectory()) walk(inner);
      else if (MINUTES_FILE.test(name) && !name.startsWith('~$')) found.push(inner);
    }
  };
  for (const entry of named) walk(entry);
  return found;
}

/** Every piece the recogniser was unsure of, as "line 12: why". */
export function unsurePieces(draft: PastMinutesDraft): string[] {
  const pieces: { readonly lines: { readonly from: number }; readonly unsure?: string | undefined; readonly what: string }[] = [
    ...(draft.date === undefined ? [] : [{ ...draft.date, what: 'date' }]),
    ...(draft.startTime === undefined ? [] : [{ ...draft.startTime, what: 'start time' }]),
    ...(draft.venue === undefined ? [] : [{ ...draft.venue, what: 'venue' }]),
    ...draft.attendance.map((p) => ({ ...p, what: `attendance of ${p.name}` })),
    ...draft.declarations.map((d) => ({ ...d, what: `declaration by ${d.name}` })),
    ...draft.items.flatMap((item) => [
      { ...item, what: `item ${item.number ?? ''} ${item.title}`.replace(/\s+/g, ' ') },
      ...item.decisions.map((d) => ({ ...d, what: `${d.verb} under "${item.title}"` })),
      ...item.actions.map((a) => ({ ...a, what: `action "${a.text.slice(0, 60)}"` })),
    ]),
  ];
  const missing = [
    ...(draft.date === undefined ? ['the date was not found'] : []),
    ...(draft.startTime === undefined ? ['the start time was not found (stored as 00:00)'] : []),
  ];
  return [
    ...missing,
    ...pieces.filter((p) => p.unsure !== undefined).map((p) => `line ${p.lines.from}, ${p.what}: ${p.unsure ?? ''}`),
    ...draft.notes,
  ];
}

type FileResult = {
  readonly file: string;
  readonly meetingId?: string;
  readonly date?: string;
  readonly error?: string;
  readonly unsure: readonly string[];
  readonly counts?: Readonly<Record<string, number>>;
};

function boardFor(boards: readonly Board[], named: string | undefined, draft: PastMinutesDraft): Board {
  if (named !== undefined) {
    const wanted = named.trim().toLocaleLowerCase('en-GB');
    const board = boards.find((b) => b.id === named || b.name.toLocaleLowerCase('en-GB') === wanted);
    if (board === undefined) throw new Error(`There is no board "${named}". The boards are: ${boards.map((b) => b.name).join(', ') || 'none yet'}.`);
    return board;
  }
  const [only] = boards;
  if (boards.length === 1 && only !== undefined) return only;
  const heading = draft.boardName?.value.toLocaleLowerCase('en-GB');
  const byHeading = heading === undefined ? [] : boards.filter((b) => heading.includes(b.name.toLocaleLowerCase('en-GB')));
  const [found] = byHeading;
  if (byHeading.length === 1 && found !== undefined) return found;
  throw new Error(boards.length === 0 ? 'There is no board yet: create the board first.' : 'Say which board these minutes belong to: --board NAME.');
}

async function importOne(backend: Backend, file: string, boards: readonly Board[], options: ImportMinutesOptions): Promise<FileResult> {
  const fileName = path.basename(file);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { file, error: `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`, unsure: [] };
  }
  try {
    const reading = await readAndRecognise({ bytes, fileName });
    if (reading.notMinutes !== undefined) return { file, error: reading.notMinutes, unsure: [] };
    const board = boardFor(boards, options.board, reading.draft);
    const unsure = unsurePieces(reading.draft);
    const draft = reading.draft;
    const counts = {
      items: draft.items.length,
      decisions: draft.items.reduce((n, i) => n + i.decisions.length, 0),
      actions: draft.items.reduce((n, i) => n + i.actions.length, 0),
      attendance: draft.attendance.length,
      declarations: draft.declarations.length,
    };
    if (options['dry-run'] === true) return { file, ...(draft.date === undefined ? {} : { date: draft.date.value }), unsure, counts };
    const accepted = await callApi(backend, 'pastMinutes.accept', { boardId: board.id, source: { fileName, format: reading.source.format }, draft });
    return { file, meetingId: accepted.meeting.id, date: accepted.meeting.date, unsure, counts };
  } catch (error) {
    return { file, error: error instanceof Error ? error.message : String(error), unsure: [] };
  }
}

const summary = (r: FileResult): string => {
  const counts =
    r.counts === undefined
      ? ''
      : Object.entries(r.counts)
          .map(([k, n]) => `${n} ${k}`)
          .join(', ');
  return `${r.date === undefined ? 'no date' : formatLongDate(r.date)}: ${counts}`;
};

/**
 * `minute-book import-minutes FILE...`: brings in past minutes without review, one file at a time (nothing of one
 * is kept while the next is read). One bad file does not stop the rest; the summary names each failure and why, and
 * each file's unsure pieces. `--dry-run` stores nothing; `--json` prints one object per file.
 */
export async function importMinutesCommand(backend: Backend, named: readonly string[], options: ImportMinutesOptions, io: Io): Promise<ExitCode> {
  if (named.length === 0)
    throw new CliFailure(EXIT.unusable, 'Say which files or folders: minute-book import-minutes FILE... --data DIR [--board NAME]');
  const files = minutesFiles(named);
  if (files.length === 0) throw new CliFailure(EXIT.unusable, `No .docx, .pdf, .doc, .odt or .rtf files in ${named.join(', ')}.`);
  const boards = await callApi(backend, 'boards.list', {});
  const results: FileResult[] = [];
  for (const [index, file] of files.entries()) {
    const result = await importOne(backend, file, boards, options);
    results.push(result);
    if (options.json === true) continue;
    const where = `[${index + 1}/${files.length}] ${file}`;
    if (result.error !== undefined) io.err(`${where}: not brought in. ${result.error}`);
    else io.out(`${where}: ${options['dry-run'] === true ? 'would bring in' : 'brought in'} the minutes of ${summary(result)}.`);
    for (const line of result.unsure) io.out(`    unsure: ${line}`);
  }
  const failed = results.filter((r) => r.error !== undefined);
  if (options.json === true) {
    io.out(JSON.stringify(results, null, 2));
  } else {
    const done = results.length - failed.length;
    io.out(
      `${options['dry-run'] === true ? 'Would bring in' : 'Brought in'} ${done} of ${results.length} file${results.length === 1 ? '' : 's'}` +
        (failed.length === 0 ? '.' : `; ${failed.length} failed:`),
    );
    for (const r of failed) io.out(`  ${r.file}: ${r.error ?? ''}`);
  }
  return failed.length === 0 ? EXIT.ok : EXIT.refused;
}
