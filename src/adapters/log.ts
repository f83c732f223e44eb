// Adapter: the process's log (pino, JSON lines on stdout) for npm start and npm run start:sharded.
// Errors under `err` go through safeError (no interaction token from a request url, no request body,
// no question); `token` fields are redacted. The question itself is written only to the question log
// (store.logQuestion, QUESTION_LOG), never here.
import pino from 'pino';
import { safeError, scrubText } from '../discord/log-safe.js';

/** An error, or an error already put in words by errorText, as the log may hold it. */
const serializeErr = (err: unknown) => (typeof err === 'string' ? scrubText(err) : safeError(err));

/** `more`: further pino options (the web server's hooks that count logged errors for /metrics). */
export function createLog(level: string, more: Pick<pino.LoggerOptions, 'hooks'> = {}, destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = { ...more, level, redact: ['token', '*.token'], serializers: { err: serializeErr } };
  return destination ? pino(options, destination) : pino(options);
}
