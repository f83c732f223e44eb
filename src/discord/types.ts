// The types the bot's files share (context.ts re-exports them): the log the handlers write to.

/** The structured log (pino's shape): an object, then a message. */
export interface BotLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
