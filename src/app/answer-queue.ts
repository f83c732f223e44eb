// At most `limit` questions inside the answer engine at once; the others wait their turn, first come
// first served, each starting on a fresh turn of the event loop. An answer is a few tens of
// milliseconds of synchronous work between awaits: with hundreds at once, one turn of the loop would
// hold all of them, and new interactions would wait behind it past Discord's 3 s to acknowledge.
export function answerQueue<T>(run: (question: string) => Promise<T>, limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  const acquire = () => {
    if (active >= limit) return new Promise<void>((r) => waiting.push(r));
    active++;
    return new Promise<void>((r) => setImmediate(r));
  };
  /** A finished question hands its place to the next one waiting. */
  const release = () => {
    const start = waiting.shift();
    if (start) setImmediate(start);
    else active--;
  };
  const ask = async (question: string): Promise<T> => {
    await acquire();
    try {
      return await run(question);
    } finally {
      release();
    }
  };
  /** Questions waiting for a place (the queue length /metrics reports). */
  return Object.assign(ask, { waiting: () => waiting.length });
}
