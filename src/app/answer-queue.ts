// At most `limit` questions inside the answer engine at once; the others wait their turn, first come
// first served, each starting on a fresh turn of the event loop. An answer is a few tens of
// milliseconds of synchronous work between awaits: with hundreds at once, one turn of the loop would
// hold all of them, and new interactions would wait behind it past Discord's 3 s to acknowledge.
// At most `maxWaiting` wait: one more is refused at once with QueueFull (told "busy"), never dropped.

/** The queue is full: the question was not taken, and nothing of it runs. */
export class QueueFull extends Error {
  constructor(readonly waiting: number) {
    super(`the answer queue is full (${waiting} waiting)`);
    this.name = 'QueueFull';
  }
}

export function answerQueue<T, I = string>(run: (input: I) => Promise<T>, limit: number, maxWaiting = Infinity) {
  let active = 0;
  let mostWaiting = 0;
  const waiting: (() => void)[] = [];
  const acquire = () => {
    if (active < limit) {
      active++;
      return new Promise<void>((r) => setImmediate(r));
    }
    if (waiting.length >= maxWaiting) return Promise.reject(new QueueFull(waiting.length));
    const turn = new Promise<void>((r) => waiting.push(r));
    mostWaiting = Math.max(mostWaiting, waiting.length);
    return turn;
  };
  /** A finished question hands its place to the next one waiting. */
  const release = () => {
    const start = waiting.shift();
    if (start) setImmediate(start);
    else active--;
  };
  const ask = async (question: I): Promise<T> => {
    await acquire();
    try {
      return await run(question);
    } finally {
      release();
    }
  };
  /** Questions waiting now, and the most that have waited at once. */
  return Object.assign(ask, { waiting: () => waiting.length, mostWaiting: () => mostWaiting });
}
