// Per-user rate limit: a sliding one-minute window. Pure apart from the injected clock.

export function createRateLimiter(perMinute: number, now: () => number = Date.now) {
  const seen = new Map<string, number[]>();
  return {
    /** Seconds to wait, or 0 when the user may ask now (and the question is counted). */
    check(userId: string): number {
      const t = now();
      const recent = (seen.get(userId) ?? []).filter((x) => t - x < 60_000);
      if (recent.length >= perMinute) {
        seen.set(userId, recent);
        return Math.ceil((60_000 - (t - recent[0]!)) / 1000);
      }
      recent.push(t);
      seen.set(userId, recent);
      return 0;
    },
  };
}
