/**
 * An AbortSignal for the faces: on the first SIGINT or SIGTERM it aborts, so the use case can
 * cancel what it started and report; a second signal exits at once (exit code 130). Handlers
 * are installed only when the signal is first read, so commands that never read it keep Node's
 * default of exiting on the first signal. The face passes in `process`; the core never calls this.
 */
export function lazyTerminationSignal(proc: Pick<NodeJS.Process, 'once' | 'exit'>): () => AbortSignal {
  let controller: AbortController | undefined;
  return () => {
    if (controller) return controller.signal;
    const created = new AbortController();
    controller = created;
    const onSignal = (name: NodeJS.Signals) => {
      if (created.signal.aborted) proc.exit(130);
      created.abort(new Error(`received ${name}`));
      // A second signal while cancelling gives up at once.
      proc.once('SIGINT', () => proc.exit(130));
      proc.once('SIGTERM', () => proc.exit(130));
    };
    proc.once('SIGINT', onSignal);
    proc.once('SIGTERM', onSignal);
    return created.signal;
  };
}
