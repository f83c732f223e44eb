// Errors as the log may hold them. discord.js's errors carry the request's url — for an interaction,
// /webhooks/<app>/<interaction token>/…, a token that posts as the bot for 15 minutes — and its body
// (the asker's question in a thread name, an answer, a notice), and pino would log them whole. Here an
// error becomes its kind, method, route template (ids and tokens replaced), status and code; any other
// error its name, message and stack with urls and token paths replaced. Never a request body, never a
// field the error happens to carry (a database error's "Failing row contains (…)"). Pure.
import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';

type Safe = Record<string, unknown>;

const decoded = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** A path with its ids and tokens replaced: /webhooks/:id/:token/messages/@original. */
export function routeOf(urlOrPath: string): string {
  const path = decoded(urlOrPath).replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '').replace(/^\/api(\/v\d+)?(?=\/)/, '');
  return path
    .replace(/\/webhooks\/([^/]+)\/[^/]+/, '/webhooks/$1/:token')
    .replace(/\/interactions\/([^/]+)\/[^/]+\/callback/, '/interactions/$1/:token/callback')
    .replace(/\d{16,20}/g, ':id');
}

/** Text with every url, and every webhook or interaction path, reduced to its route template. */
export function scrubText(text: string): string {
  return text
    .replace(/[a-z]+:\/\/[^\s"'<>)\]]+/gi, (url) => routeOf(url))
    .replace(/\/(webhooks|interactions)\/\d+\/[^\s"'<>)\]/:]+/g, (_, kind: string) => `/${kind}/:id/:token`);
}

/** The first line of Discord's error text and the fields it names (content[BASE_TYPE_MAX_LENGTH]), not what it says of them. */
function discordMessage(err: DiscordAPIError): Safe {
  const raw = err.rawError as { message?: unknown };
  const [first = '', ...rest] = err.message.split('\n');
  const fields = rest.map((line) => line.split(':')[0]!.trim()).filter(Boolean);
  return { message: scrubText(typeof raw?.message === 'string' ? raw.message : first), ...(fields.length ? { fields } : {}) };
}

const request = (err: { method: string; url: string }) => ({ method: err.method.toUpperCase(), route: routeOf(err.url) });

/** An error as the log may hold it: no url token, no request body, no raw text embedding a url. */
export function safeError(err: unknown, depth = 0): Safe {
  if (err instanceof DiscordAPIError) {
    return { type: 'DiscordAPIError', ...request(err), status: err.status, code: err.code, ...discordMessage(err) };
  }
  if (err instanceof HTTPError) return { type: 'HTTPError', ...request(err), status: err.status, message: scrubText(err.message) };
  if (err instanceof RateLimitError) {
    return { type: 'RateLimitError', method: err.method.toUpperCase(), route: routeOf(err.route), global: err.global, retryAfter: err.retryAfter };
  }
  if (!(err instanceof Error)) return { type: typeof err, message: scrubText(String(err)) };
  const code = (err as { code?: unknown }).code;
  const cause = (err as { cause?: unknown }).cause;
  return {
    type: err.name, message: scrubText(err.message),
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    ...(err.stack ? { stack: scrubText(err.stack) } : {}),
    ...(cause !== undefined && depth < 3 ? { cause: safeError(cause, depth + 1) } : {}),
  };
}

/** The same in one line, for logs that are text: "HTTPError 502 PATCH /webhooks/:id/:token/messages/@original: Bad Gateway". */
export function errorText(err: unknown): string {
  const e = safeError(err);
  const where = e.route ? ` ${String(e.method)} ${String(e.route)}` : '';
  const status = e.status !== undefined ? ` ${String(e.status)}` : '';
  const code = e.code !== undefined && e.type === 'DiscordAPIError' ? ` (code ${String(e.code)})` : '';
  return `${String(e.type)}${status}${where}${code}: ${String(e.message ?? '')}`;
}
