import cliProgress from 'cli-progress';

/**
 * Progress of a long run, drawn on stderr only when stderr is a terminal — never on stdout, and
 * never into a log or a pipe. `log` prints a line above the bar without tearing it.
 *
 * @example
 * const progress = startProgress(size, true);
 * progress.update(bytesRead, records);
 * progress.stop();
 */
export interface Progress {
  update(done: number, records: number): void;
  log(line: string): void;
  stop(): void;
}

const plain: Progress = {
  update() {},
  log: (line) => process.stderr.write(`${line}\n`),
  stop() {},
};

/**
 * A progress bar over `total` bytes of input, or a plain stand-in when `total` is unknown
 * (stdin), stderr is not a terminal, or the user asked for none (`--no-progress`).
 *
 * @example
 * const progress = startProgress(statSync(file).size, options.progress);
 */
export function startProgress(total: number | undefined, wanted: boolean): Progress {
  if (!wanted || total === undefined || total === 0 || !process.stderr.isTTY) return plain;
  const bars = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: ' {bar} {percentage}% | {records} records | {eta_formatted} left',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { records: '0' });
  return {
    update: (done, records) => bar.update(done, { records: records.toLocaleString('en') }),
    log: (line) => bars.log(`${line}\n`),
    stop: () => bars.stop(),
  };
}
