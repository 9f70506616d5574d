import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openBackend, VERSION, type Backend } from './backend';
import { runCheck, runRestore } from './cli/store-commands';
import { CliFailure, EXIT, type ExitCode } from './cli/exit-codes';
import { HELP } from './cli/help';
import { agendaCommand } from './cli/agenda';
import { importMinutesCommand } from './cli/import-minutes';
import { listCommand } from './cli/list';
import { minutesCommand } from './cli/minutes';
import { renderCommand } from './cli/render';
import { reportCommand } from './cli/report';
import { callApi } from './cli/run-api';
import { resolveDataDir } from './data-dir';
import { isEmptyDataDir } from './cli/files';
import { writeFileDurable } from './store/durable-file';
import { StoreError } from './store';

type Io = { readonly out: (line: string) => void; readonly err: (line: string) => void };

const OPTIONS = {
  data: { type: 'string' },
  board: { type: 'string' },
  port: { type: 'string' },
  json: { type: 'boolean', default: false },
  open: { type: 'boolean', default: true },
  'no-open': { type: 'boolean', default: false },
  kind: { type: 'string' },
  format: { type: 'string' },
  resolution: { type: 'string' },
  archive: { type: 'boolean', default: false },
  'as-at': { type: 'string' },
  repair: { type: 'boolean', default: false },
  public: { type: 'boolean', default: false },
  out: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  at: { type: 'string' },
  'signed-by': { type: 'string' },
  'signed-on': { type: 'string' },
  item: { type: 'string' },
  text: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
  version: { type: 'boolean', default: false },
} as const;

function withBackend<T>(dataDir: string, readOnly: boolean, work: (backend: Backend) => Promise<T>, io?: Io): Promise<T> {
  const backend = openBackend({ dataDir, readOnly, searchIndex: 'on-demand' });
  // What the store had to work around (a damaged file shown from its backup) is said, on standard error.
  for (const notice of backend.repository.notices()) if (notice.level !== 'info') io?.err(notice.message);
  return work(backend).finally(() => backend.close());
}

function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliFailure(EXIT.unusable, `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliFailure(EXIT.unusable, `${file} is not valid JSON: ${(error as Error).message}`);
  }
}

async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  if (values.version) {
    io.out(VERSION);
    return EXIT.ok;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.out(HELP);
    return command === undefined && !values.help ? EXIT.unusable : EXIT.ok;
  }
  const dataDir = resolveDataDir({ flag: values.data });
  const needArg = (what: string): string => {
    const value = rest[0];
    if (value === undefined) throw new CliFailure(EXIT.unusable, `Say which ${what}: minute-book ${command} ${what.toUpperCase()}`);
    return value;
  };

  switch (command) {
    case 'demo': {
      if (!isEmptyDataDir(dataDir)) {
        throw new CliFailure(EXIT.refused, `${dataDir} already holds data. The demo only fills an empty folder: choose another with --data.`);
      }
      // Loaded only here (as is serve below): the demo's data and the web server are no part of other commands.
      const { buildDemo, demoToday, scriptedClock } = await import('./demo/build-demo');
      const today = demoToday();
      const clock = scriptedClock(new Date().toISOString());
      const backend = openBackend({ dataDir, clock, searchIndex: 'on-demand' });
      try {
        const result = await buildDemo(backend, clock, today);
        io.out(`Created a demo board with ${result.meetings} meetings in ${dataDir}.`);
      } finally {
        backend.close();
      }
      return EXIT.ok;
    }
    case 'import': {
      const bundle = readJsonFile(needArg('file'));
      const summary = await withBackend(dataDir, false, (b) => callApi(b, 'data.import', { bundle }));
      const counted = Object.entries(summary.counts).filter(([, n]) => n > 0);
      io.out(`Imported ${counted.map(([c, n]) => `${n} ${c}`).join(', ') || 'nothing'} into ${dataDir}.`);
      return EXIT.ok;
    }
    case 'import-minutes':
      return withBackend(dataDir, values['dry-run'], (b) => importMinutesCommand(b, rest, values, io), io);
    case 'export-data': {
      const file = needArg('file');
      const bundle = await withBackend(dataDir, true, (b) => callApi(b, 'data.export', {}));
      writeFileDurable(file, `${JSON.stringify(bundle, null, 2)}\n`);
      io.out(`Exported the store to ${file}.`);
      return EXIT.ok;
    }
    case 'list': {
      io.out(await withBackend(dataDir, true, (b) => listCommand(b, rest[0], values.board, values.json), io));
      return EXIT.ok;
    }
    case 'render':
      return withBackend(dataDir, true, (b) => renderCommand(b, rest[0], values, io), io);
    case 'report':
      return withBackend(dataDir, true, (b) => reportCommand(b, rest[0], values, io), io);
    case 'minutes':
      return withBackend(dataDir, false, (b) => minutesCommand(b, rest[0], rest[1], values, io), io);
    case 'agenda':
      return withBackend(dataDir, false, (b) => agendaCommand(b, rest[0], rest[1], io), io);
    case 'check':
      return runCheck(dataDir, io, { repair: values.repair });
    case 'backup': {
      const info = await withBackend(dataDir, false, async (b) => b.repository.backup('manual'));
      io.out(`Backed up to ${info.path}`);
      return EXIT.ok;
    }
    case 'restore':
      return runRestore(dataDir, needArg('backup'), io);
    case 'serve': {
      const port = values.port === undefined ? 0 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new CliFailure(EXIT.unusable, 'The port must be a whole number from 0 to 65535.');
      const { serve } = await import('./serve');
      await serve({ dataDir, port, open: values.open && !values['no-open'], log: io.out });
      return new Promise<ExitCode>(() => undefined);
    }
    default:
      throw new CliFailure(EXIT.unusable, `There is no command "${command}". Run minute-book --help to see the commands.`);
  }
}

/** Runs the CLI and returns its exit code; never throws. */
export async function main(argv: readonly string[], io: Io = { out: (l) => console.log(l), err: (l) => console.error(l) }): Promise<ExitCode> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof CliFailure) {
      io.err(error.message);
      return error.exitCode;
    }
    if (error instanceof StoreError) {
      io.err(error.message);
      if (error.code === 'unreadable' && !error.message.includes('minute-book ')) {
        io.err('To repair from the backups: minute-book check --repair; to put back a whole backup: minute-book restore BACKUP.');
      }
      return error.code === 'locked' ? EXIT.refused : EXIT.unusable;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`${error.message}. Run minute-book --help to see the options.`);
      return EXIT.unusable;
    }
    io.err(`Minute Book stopped because of an unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.unusable;
  }
}
