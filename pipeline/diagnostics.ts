import type { VFile } from 'vfile'

/**
 * Diagnostics one per line, in the compiler form editors and CI annotate:
 * `path:line:col severity message  rule-id`, then a count. Severity follows vfile: fatal → error,
 * false → warning, undefined → info (shown only with `verbose`).
 */
export function formatDiagnostics(
  files: readonly VFile[],
  options: { verbose?: boolean } = {},
): string {
  const lines: string[] = []
  const counts = { error: 0, warning: 0, info: 0 }
  for (const file of files) {
    const messages = [...file.messages].sort(
      (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
    )
    for (const message of messages) {
      const severity =
        message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
      counts[severity]++
      if (severity === 'info' && !options.verbose) continue
      const where = `${file.path}:${message.line ?? 1}:${message.column ?? 1}`
      lines.push(
        `${where} ${severity} ${message.reason}${message.ruleId ? `  ${message.ruleId}` : ''}`,
      )
    }
  }
  const summary = [
    counts.error && `${counts.error} error${counts.error === 1 ? '' : 's'}`,
    counts.warning && `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`,
    counts.info && `${counts.info} info`,
  ].filter(Boolean)
  lines.push(
    summary.length > 0
      ? summary.join(', ')
      : `no problems in ${files.length} file${files.length === 1 ? '' : 's'}`,
  )
  return `${lines.join('\n')}\n`
}

/**
 * Run `make` with stack capture off. A VFileMessage is an Error whose stack vfile sets to '';
 * capturing it first costs more than the rest of the message.
 */
export function withoutStacks<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}
