// Configuration: every environment variable the bot and its scripts read, validated once at start-up.
// Empty strings count as unset. A bad value stops start-up with the variable's name, what it means and
// a good example — never the validator's own words, never the token.
import { z } from 'zod';
import { environment } from './adapters/env-file.js';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const timezone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
});

const snowflake = z.string().regex(/^\d{15,22}$/);
const whole = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const autoOr = (max: number) => z.union([z.literal('auto'), z.coerce.number().int().min(0).max(max)]);

const shape = {
  DISCORD_TOKEN: z.string().regex(/^[\w.-]{20,}$/).optional(),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z.string().url().optional(),
  MESSAGE_CONTENT_INTENT: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RATE_LIMIT_PER_MINUTE: whole(1, 120, 6),
  CHANNEL_LIMIT_PER_MINUTE: whole(1, 10_000, 30),
  SERVER_LIMIT_PER_MINUTE: whole(1, 100_000, 60),
  ANSWER_QUEUE_MAX_WAITING: whole(0, 100_000, 100),
  DIGEST_TIME: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).default('09:00'),
  DIGEST_TIMEZONE: timezone.default('Asia/Shanghai'),
  DIGEST_SIZE: whole(1, 10, 4),
  DIGEST_GRACE_MINUTES: whole(0, 1439, 120),
  DATA_DIR: z.string().default('data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\/\S+$/).optional(),
  DRAIN_SECONDS: whole(1, 600, 8),
  EMBED_WORKERS: autoOr(16).default('auto'),
  SHARD_COUNT: autoOr(10_000).refine((v) => v !== 0).default('auto'),
  SHARD_LIST: z.string().regex(/^\d+(,\d+)*$/).optional(),
  QUESTION_LOG: bool.default(true),
  RETENTION_DAYS: whole(1, 3650, 30),
  INDEX_DIR: z.string().default('index/current'),
  SEED_PATH: z.string().default('seeds/plan.txt'),
  EMBED_MODEL: z.string().default('BAAI/bge-small-zh-v1.5'),
  EMBED_MODEL_DIR: z.string().default('models'),
  QUERY_ADAPTER: bool.default(true),
  // The web reader and HTTP API (src/web/).
  WEB: bool.default(true),
  WEB_PORT: whole(1, 65535, 8080),
  WEB_HOST: z.string().regex(/^[\w.:-]+$/).default('127.0.0.1'),
  PUBLIC_URL: z.string().url().regex(/^https?:\/\//).transform((u) => u.replace(/\/+$/, '')).optional(),
  WEB_RATE_LIMIT_PER_MINUTE: whole(1, 100_000, 60),
};

type Name = keyof typeof shape;

/** What each variable means and a good value: the text of every configuration error. */
export const VARIABLES: Record<Name, { meaning: string; example: string; secret?: boolean }> = {
  DISCORD_TOKEN: { meaning: 'the bot token (Developer Portal → your application → Bot → Reset Token), at least 20 characters', example: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.…', secret: true },
  DISCORD_APPLICATION_ID: { meaning: 'the application id (Developer Portal → General Information → Application ID), digits only', example: '123456789012345678' },
  DISCORD_GUILD_ID: { meaning: 'a server id to register slash commands in instantly (Developer Mode → right-click the server → Copy ID), digits only', example: '123456789012345678' },
  DISCORD_API_URL: { meaning: 'tests only: the REST URL of a fake Discord', example: 'http://127.0.0.1:3000/api' },
  MESSAGE_CONTENT_INTENT: { meaning: 'whether the Message Content intent is enabled on the Bot page (needed for ask channels and follow-ups in threads)', example: 'true' },
  LOG_LEVEL: { meaning: 'how much the bot logs: fatal, error, warn, info, debug, trace or silent', example: 'info' },
  RATE_LIMIT_PER_MINUTE: { meaning: 'questions one user may ask per minute (the user\'s budget; cheaper commands, buttons and autocomplete count a fraction of a question), a whole number from 1 to 120', example: '6' },
  CHANNEL_LIMIT_PER_MINUTE: { meaning: 'questions per minute in one channel, its threads included, from all its members together, a whole number from 1 to 10000', example: '30' },
  SERVER_LIMIT_PER_MINUTE: { meaning: 'questions per minute in one server, from all its members together, a whole number from 1 to 100000', example: '60' },
  ANSWER_QUEUE_MAX_WAITING: { meaning: 'questions that may wait for the answer engine in this process; one more is answered "busy, try again in a minute"; 0 to 100000', example: '100' },
  DIGEST_TIME: { meaning: 'the local time the daily digest is posted, HH:MM in 24-hour time', example: '09:00' },
  DIGEST_TIMEZONE: { meaning: 'the IANA time zone of DIGEST_TIME', example: 'Asia/Shanghai' },
  DIGEST_SIZE: { meaning: 'targets in each daily digest, a whole number from 1 to 10', example: '4' },
  DIGEST_GRACE_MINUTES: { meaning: 'minutes after DIGEST_TIME a digest may still be posted (after an outage); a day missed by more is skipped, never posted late; 0 to 1439', example: '120' },
  DATA_DIR: { meaning: 'the folder of the SQLite state database (planbot.db), used when DATABASE_URL is not set', example: 'data' },
  DATABASE_URL: { meaning: 'a PostgreSQL database for the state, shared by every process and machine of the bot (else SQLite in DATA_DIR)', example: 'postgres://planbot:secret@db.internal:5432/planbot', secret: true },
  DRAIN_SECONDS: { meaning: 'seconds questions in flight may take to finish after SIGTERM, 1 to 600 (keep it under your supervisor\'s kill timeout)', example: '8' },
  EMBED_WORKERS: { meaning: 'worker threads running the embedding model in the bot: auto (the cores less one, 1 to 4) or 0 to 16 (0: on the main thread)', example: 'auto' },
  SHARD_COUNT: { meaning: 'total shards across all machines for npm run start:sharded: auto (as Discord recommends) or a whole number', example: 'auto' },
  SHARD_LIST: { meaning: 'the shards this machine runs (npm run start:sharded), comma-separated ids below SHARD_COUNT; all of them when unset', example: '0,1' },
  QUESTION_LOG: { meaning: 'whether questions are logged for the maintainers (true or false)', example: 'true' },
  RETENTION_DAYS: { meaning: 'days the question log, answers nobody voted on and thread context are kept, a whole number from 1 to 3650', example: '30' },
  INDEX_DIR: { meaning: 'the folder of the built index', example: 'index/current' },
  SEED_PATH: { meaning: 'the plan text the index is built from', example: 'seeds/plan.txt' },
  EMBED_MODEL: { meaning: 'the embedding model, or none for keyword (BM25) retrieval only', example: 'BAAI/bge-small-zh-v1.5' },
  EMBED_MODEL_DIR: { meaning: 'the folder the embedding model is kept in', example: 'models' },
  QUERY_ADAPTER: { meaning: 'whether questions\' vectors go through the fitted query adapter (fitted/query-adapter.json) before dense search; false to measure without it', example: 'true' },
  WEB: { meaning: 'whether npm start and npm run chat also serve the plan reader and the HTTP API (true or false)', example: 'true' },
  WEB_PORT: { meaning: 'the port the plan reader and the HTTP API listen on, 1 to 65535', example: '8080' },
  WEB_HOST: { meaning: 'the address the plan reader and the HTTP API listen on (127.0.0.1: this machine only; 0.0.0.0: every interface)', example: '127.0.0.1' },
  PUBLIC_URL: { meaning: 'the address people reach the plan reader at, for the links in answers (Discord link buttons appear only when it is set); else http://WEB_HOST:WEB_PORT', example: 'https://plan.example.org' },
  WEB_RATE_LIMIT_PER_MINUTE: { meaning: 'HTTP API requests one client (IP address) may make per minute, a whole number from 1 to 100000', example: '60' },
};

const REQUIRED_WITH_TOKEN = 'is required when DISCORD_TOKEN is set';

const SHARD_LIST_NEEDS_COUNT = 'needs SHARD_COUNT set to a number (the total across machines), with every id below it';

const schema = z.object(shape).superRefine((c, ctx) => {
  if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID) {
    ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: REQUIRED_WITH_TOKEN });
  }
  const list = c.SHARD_LIST?.split(',').map(Number) ?? [];
  if (list.length && (c.SHARD_COUNT === 'auto' || list.some((id) => id >= Number(c.SHARD_COUNT)))) {
    ctx.addIssue({ code: 'custom', path: ['SHARD_LIST'], message: SHARD_LIST_NEEDS_COUNT });
  }
});

export type Config = Readonly<z.infer<typeof schema>>;

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration (in .env or the environment; see .env.example):\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** One line per bad variable: its name, what is wrong in our words, its meaning and an example. */
function describeIssue(name: Name, customMessage: string | null, value: string | undefined): string {
  const v = VARIABLES[name];
  const problem = customMessage ?? (v.secret || value === undefined ? 'is not valid' : `is not valid (it is "${value}")`);
  return `${name} ${problem}: ${v.meaning}. Example: ${name}=${v.example}`;
}

/** Reads the configuration once: by default the environment with .env under it (see adapters/env-file.ts). */
export function loadConfig(env: Record<string, string | undefined> = environment()): Config {
  const cleaned: Record<string, string | undefined> = Object.fromEntries(
    Object.keys(shape).map((k) => [k, env[k]?.trim() || undefined]),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = String(i.path[0]) as Name;
      const ours = i.message === REQUIRED_WITH_TOKEN || i.message === SHARD_LIST_NEEDS_COUNT;
      return describeIssue(name, ours ? i.message : null, cleaned[name]);
    });
    throw new ConfigError([...new Set(lines)]);
  }
  return Object.freeze(parsed.data);
}

/** Worker threads for the embedding model in the bot. */
export const embedWorkers = (c: Config, auto: () => number): number => (c.EMBED_WORKERS === 'auto' ? auto() : c.EMBED_WORKERS);

/** Where the links in answers point: PUBLIC_URL, else the web server's own address. */
export const linkBase = (c: Config): string => c.PUBLIC_URL ?? `http://${c.WEB_HOST.includes(':') ? `[${c.WEB_HOST}]` : c.WEB_HOST}:${c.WEB_PORT}`;

/** The embedding model to use, or null when EMBED_MODEL=none (lexical retrieval only). */
export const configuredModel = (c: Config): string | null => (c.EMBED_MODEL === 'none' ? null : c.EMBED_MODEL);
