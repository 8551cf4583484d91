/**
 * Bad usage or unreadable input: the user must change an input, a flag or a path.
 * Hosts turn it into exit code 2 (CLI) or a failed step with this message, never a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
