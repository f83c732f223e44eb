// src/digest/ — owns when and where the daily digest is posted: the local date and time, whether it is
// due (its window and grace), the nonce it is sent with. Pure; the store (src/state/), clock and sender are ports.

export interface LocalTime {
  date: string;
  minutes: number;
}

/** The wall-clock date and minute of the day at `now` in a time zone. */
export function localTime(now: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(now).map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Where `now` stands against a date's posting window, from the posting time to `graceMinutes` after it
 * (closing at midnight at the latest): before it, in it, or past it — a missed day is never posted late.
 */
export function digestWindow(now: LocalTime, date: string, postAt: string, graceMinutes: number): 'early' | 'open' | 'missed' {
  if (now.date !== date) return now.date < date ? 'early' : 'missed';
  const opens = minutesOf(postAt);
  if (now.minutes < opens) return 'early';
  return now.minutes <= opens + graceMinutes ? 'open' : 'missed';
}

/** The instant a date's window opens (postAt, local, in the time zone): no digest of that date is posted before it. */
export function windowOpens(date: string, postAt: string, timeZone: string): Date {
  const asUtc = Date.parse(`${date}T${postAt}:00Z`);
  const local = localTime(new Date(asUtc), timeZone);
  const days = local.date === date ? 0 : local.date > date ? 1 : -1;
  const offsetMinutes = days * 1440 + local.minutes - minutesOf(postAt);
  return new Date(asUtc - offsetMinutes * 60_000);
}

/** The nonce a channel's digest for a date is first sent with (at most 25 characters, as Discord allows). */
export const digestNonce = (channelId: string, date: string) => `d${date.replace(/-/g, '')}${channelId.slice(-8)}`.slice(0, 25);
