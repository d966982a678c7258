/** Reports progress of a long run on stderr, on a terminal only (one line, rewritten). */
export interface Progress {
  step(label: string): void;
  done(): void;
}

/**
 * A progress indicator for `total` steps: "[3/120] hue-2022" on one rewritten stderr line when
 * stderr is a terminal and the run is long enough to need it; silent otherwise (pipes, CI, logs).
 */
export function progress(total: number, stream: { write(text: string): unknown; isTTY?: boolean } = process.stderr, minimum = 5): Progress {
  const active = Boolean(stream.isTTY) && total >= minimum;
  let count = 0;
  return {
    step(label: string) {
      count++;
      if (active) stream.write(`\r\u001b[2K[${count}/${total}] ${label}`);
    },
    done() {
      if (active) stream.write("\r\u001b[2K");
    },
  };
}
