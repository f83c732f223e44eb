// The daily digest: which targets a given date shows. Deterministic from the date alone, so a preview
// equals the post. Only this plan's (十四五) targets are shown, never the 十三五 results; every one
// appears once per cycle before any repeats; each day mixes themes.
import { statesTarget, type Target } from './extract.js';

/** Day 0 of the rotation. Changing it reshuffles every future digest. */
export const DIGEST_EPOCH = '2026-01-01';

/** Whole days from DIGEST_EPOCH to a YYYY-MM-DD date (negative before it). */
export function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date) throw new RangeError(`no such date: ${date}`);
  return Math.round((t - Date.parse(`${DIGEST_EPOCH}T00:00:00Z`)) / 86_400_000);
}

/** Small seeded PRNG (mulberry32): the same seed gives the same shuffle on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], rnd: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const [a, b] = [out[i], out[j]];
    if (a === undefined || b === undefined) continue;
    [out[i], out[j]] = [b, a];
  }
  return out;
}

/** One cycle's order: each theme shuffled, then dealt round-robin so neighbours differ in theme. */
export function cycleOrder(targets: readonly Target[], cycle: number): Target[] {
  const rnd = random(0x9e3779b9 ^ cycle);
  const byTheme = new Map<string, Target[]>();
  for (const t of [...targets].sort((a, b) => a.id.localeCompare(b.id))) {
    byTheme.set(t.theme, [...(byTheme.get(t.theme) ?? []), t]);
  }
  const queues = shuffled([...byTheme.values()].map((q) => shuffled(q, rnd)), rnd);
  const order: Target[] = [];
  while (queues.some((q) => q.length)) {
    for (const q of queues) {
      const next = q.shift();
      if (next) order.push(next);
    }
  }
  return order;
}

export interface Digest {
  date: string;
  cycle: number;
  day: number;
  daysPerCycle: number;
  targets: Target[];
}

/** The targets a digest draws from: this plan's own with a figure, not the previous plan's results nor rows stating none. */
export const digestPool = (targets: readonly Target[]): Target[] => targets.filter((t) => t.period === '十四五' && statesTarget(t));

export function selectDigest(all: readonly Target[], date: string, size: number): Digest {
  const targets = digestPool(all);
  if (!targets.length) return { date, cycle: 0, day: 0, daysPerCycle: 0, targets: [] };
  const daysPerCycle = Math.ceil(targets.length / size);
  const n = dayNumber(date);
  const cycle = Math.floor(n / daysPerCycle);
  const day = n - cycle * daysPerCycle;
  const order = cycleOrder(targets, cycle);
  return { date, cycle, day, daysPerCycle, targets: order.slice(day * size, day * size + size) };
}
