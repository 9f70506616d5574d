import { main } from '../../electron/backend/cli';

export type CliResult = { readonly code: number; readonly out: string; readonly err: string };

/** Runs the CLI in this process, capturing what it prints. */
export async function runCli(...argv: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
