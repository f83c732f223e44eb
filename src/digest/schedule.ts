// src/digest/ — owns when and where the daily digest is posted: subscriptions, the record of what
// was posted, and the decision which channels are due. Pure; the store, clock and sender are ports.

export interface Subscription {
  channelId: string;
  guildId: string | null;
  since: string;
}

export interface PostRecord {
  /** Local date (YYYY-MM-DD) of the digest. */
  date: string;
  /** Sent with enforce_nonce, so a retry after a crash mid-send cannot post twice. */
  nonce: string;
  status: 'sending' | 'posted';
}

export interface DigestState {
  subscriptions: Record<string, Subscription>;
  /** Last digest per channel. */
  posts: Record<string, PostRecord>;
}

export const emptyDigestState = (): DigestState => ({ subscriptions: {}, posts: {} });

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
 * Channels whose digest for today's local date is due: the posting time has passed and today's digest
 * is not marked posted. A digest interrupted mid-send ('sending') is due again, with the same nonce.
 * Yesterday's digest is never due today.
 */
export function dueChannels(state: DigestState, now: LocalTime, postAt: string): string[] {
  if (now.minutes < minutesOf(postAt)) return [];
  return Object.keys(state.subscriptions)
    .filter((id) => !(state.posts[id]?.date === now.date && state.posts[id]?.status === 'posted'))
    .sort();
}

/** The nonce to send today's digest with: reuse an interrupted attempt's, else derive a new one. */
export function nonceFor(state: DigestState, channelId: string, date: string): string {
  const prior = state.posts[channelId];
  if (prior && prior.date === date) return prior.nonce;
  return `d${date.replace(/-/g, '')}${channelId.slice(-8)}`.slice(0, 25);
}
