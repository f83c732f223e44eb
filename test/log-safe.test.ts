// Errors as the log may hold them (src/discord/log-safe.ts): discord.js's errors without the url's
// interaction token or the request body; any error without fields it happens to carry; pino wired
// with it (src/adapters/log.ts) writing none of them.
import { Writable } from 'node:stream';
import { DiscordAPIError, HTTPError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createLog } from '../src/adapters/log.js';
import { errorText, routeOf, safeError, scrubText } from '../src/discord/log-safe.js';

const TOKEN = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldA';
const URL_ = `https://discord.com/api/v10/webhooks/900000000000000002/${TOKEN}/messages/@original`;
const QUESTION = '井冈蜜柚种植规模要达到多少？MARKER-q7x';
const body = { files: undefined, body: { content: null, embeds: [{ title: `问：${QUESTION}` }] } };

const apiError = () => new DiscordAPIError(
  { code: 50035, message: 'Invalid Form Body', errors: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: `Must be 2000 or fewer in length, not "${QUESTION}".` }] } } },
  50035, 400, 'PATCH', URL_, body as never,
);
const httpError = () => new HTTPError(502, 'Bad Gateway', 'POST', `https://discord.com/api/v10/interactions/1234567890123456789/${TOKEN}/callback`, body as never);

describe('routeOf', () => {
  it('replaces ids and the interaction token, drops the host, version and query', () => {
    expect(routeOf(URL_)).toBe('/webhooks/:id/:token/messages/@original');
    expect(routeOf(`http://127.0.0.1:4000/api/v10/interactions/1234567890123456789/${TOKEN}/callback?with_response=true`)).toBe('/interactions/:id/:token/callback');
    expect(routeOf('/channels/1234567890123456789/messages/1234567890123456788/threads')).toBe('/channels/:id/messages/:id/threads');
    expect(routeOf(`http://127.0.0.1:4000/api/v10/webhooks/900000000000000002/${TOKEN}/messages/%40original`)).toBe('/webhooks/:id/:token/messages/@original');
  });
});

describe('safeError', () => {
  it('a DiscordAPIError: method, route, status, code, Discord\'s message and the fields it names; no token, no body, no value', () => {
    const safe = safeError(apiError());
    expect(safe).toEqual({
      type: 'DiscordAPIError', method: 'PATCH', route: '/webhooks/:id/:token/messages/@original', status: 400, code: 50035,
      message: 'Invalid Form Body', fields: ['content[BASE_TYPE_MAX_LENGTH]'],
    });
    expect(JSON.stringify(safe)).not.toContain(TOKEN);
    expect(JSON.stringify(safe)).not.toContain('MARKER-q7x');
  });

  it('an HTTPError (a 5xx): the same, without the request body', () => {
    expect(safeError(httpError())).toEqual({ type: 'HTTPError', method: 'POST', route: '/interactions/:id/:token/callback', status: 502, message: 'Bad Gateway' });
  });

  it('any other error: name, message and stack with urls reduced to routes; a field it carries is left out; its cause the same way', () => {
    const err = Object.assign(new Error(`request to ${URL_} failed`, { cause: httpError() }), { detail: `Failing row contains (${QUESTION})`, code: 'ECONNRESET' });
    const safe = safeError(err);
    expect(safe.message).toBe('request to /webhooks/:id/:token/messages/@original failed');
    expect(safe.code).toBe('ECONNRESET');
    expect(safe.cause).toMatchObject({ type: 'HTTPError', status: 502 });
    expect(JSON.stringify(safe)).not.toContain(TOKEN);
    expect(JSON.stringify(safe)).not.toContain('MARKER-q7x');
  });

  it('in one line, for text logs', () => {
    expect(errorText(httpError())).toBe('HTTPError 502 POST /interactions/:id/:token/callback: Bad Gateway');
    expect(errorText(apiError())).toBe('DiscordAPIError 400 PATCH /webhooks/:id/:token/messages/@original (code 50035): Invalid Form Body');
    expect(errorText(new Error('engine exploded'))).toBe('Error: engine exploded');
  });

  it('scrubs a bare webhook path in text', () => {
    expect(scrubText(`at /webhooks/900000000000000002/${TOKEN}/messages/@original now`)).toBe('at /webhooks/:id/:token/messages/@original now');
    expect(scrubText(`POST /interactions/1234567890123456789/${TOKEN}/callback: Bad Gateway`)).toBe('POST /interactions/:id/:token/callback: Bad Gateway');
    expect(scrubText('HTTPError 502 POST /webhooks/:id/:token: Bad Gateway')).toBe('HTTPError 502 POST /webhooks/:id/:token: Bad Gateway');
  });
});

describe('createLog (pino, as npm start logs)', () => {
  it('writes an error under err without its token or body, and redacts token fields', () => {
    const lines: string[] = [];
    const log = createLog('info', {}, new Writable({ write(chunk, _, done) { lines.push(String(chunk)); done(); } }));
    log.error({ err: apiError(), token: 'bot-token-x' }, 'interaction failed');
    log.warn({ err: `${URL_} answered 502` }, 'a failure put in words');
    const all = lines.join('');
    expect(all).toContain('"route":"/webhooks/:id/:token/messages/@original"');
    expect(all).toContain('"err":"/webhooks/:id/:token/messages/@original answered 502"');
    for (const secret of [TOKEN, 'MARKER-q7x', 'bot-token-x']) expect(all).not.toContain(secret);
  });
});
