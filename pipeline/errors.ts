/**
 * A user's mistake (bad input, bad flag, missing file): reported as one clear message and an exit
 * code, without a stack trace unless `--debug`. A broken invariant is an `assert` instead.
 */
export class CliError extends Error {
  readonly exitCode: number
  readonly ruleId: string | undefined

  constructor(
    message: string,
    options: { exitCode?: number; ruleId?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause })
    this.name = 'CliError'
    this.exitCode = options.exitCode ?? 1
    this.ruleId = options.ruleId
  }
}

/** Exit codes of the `briefing` command. */
export const exitCodes = {
  ok: 0,
  /** The input has errors (or warnings, with `--frail`), or could not be read. */
  input: 1,
  /** The command line is wrong. */
  usage: 2,
  /** A bug: an invariant broke. */
  internal: 70,
} as const
