// A ticket's pauses, read status by status: entering a pause status starts one (with who set
// it), any other status — or another pause status — ends it. Shared by the SLA attribution and
// the service review's ticket timeline, so both see the same pauses.

/** A pause: from entering a pause status to leaving it (`to: null`: still paused). */
export interface PauseSpan {
  readonly status: string;
  readonly from: number;
  to: number | null;
  readonly by: string | undefined;
}

/** Tracks pauses as statuses are set in time order; `pauses` lists them as they start. */
export function pauseTracker(pauseStatuses: readonly string[]): {
  readonly pauses: readonly PauseSpan[];
  /** Whether a pause is running now. */
  paused(): boolean;
  /** Sets the status at `t`; true when this ends a pause and starts none (the clock resumes). */
  set(status: string | undefined, t: number, by: string | undefined): boolean;
} {
  const pauses: PauseSpan[] = [];
  let current: PauseSpan | undefined;
  return {
    pauses,
    paused: () => current !== undefined,
    set(status, t, by) {
      if (current && current.status === status) return false;
      const left = current !== undefined;
      if (current) current.to = t;
      current =
        status !== undefined && pauseStatuses.includes(status)
          ? { status, from: t, to: null, by }
          : undefined;
      if (current) pauses.push(current);
      return left && current === undefined;
    },
  };
}
