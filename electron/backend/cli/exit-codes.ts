/** The CLI's exit codes, as documented in docs/cli.md. */
export const EXIT = {
  ok: 0,
  /** A problem was found, or the request was refused. */
  refused: 1,
  /** The input or the store could not be used. */
  unusable: 2,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the CLI reports in one message with its exit code. */
export class CliFailure extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}
