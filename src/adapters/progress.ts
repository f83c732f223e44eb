// Adapter: a one-line progress bar with rate and ETA on a terminal stream (plain lines when not a TTY).

export interface Progress {
  tick(done: number): void;
  end(): void;
}

export function progressBar(label: string, total: number, out: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  let lastPrint = 0;
  const render = (done: number) => {
    const secs = (Date.now() - started) / 1000;
    const rate = done / Math.max(secs, 1e-3);
    const eta = rate > 0 ? (total - done) / rate : 0;
    const width = 24;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${rate.toFixed(1)}/s ETA ${eta.toFixed(0)}s`;
  };
  return {
    tick(done) {
      const now = Date.now();
      if (out.isTTY) out.write(`\r${render(done)}`);
      else if (now - lastPrint > 5000 || done === total) out.write(`${render(done)}\n`);
      if (now - lastPrint > 5000) lastPrint = now;
    },
    end() {
      if (out.isTTY) out.write('\n');
    },
  };
}
