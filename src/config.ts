// Configuration: every environment variable the bot and its scripts read, validated once at start-up.
// Empty strings count as unset. A bad value stops start-up with the variable's name and how to fix it.
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'use true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM in 24-hour time, e.g. 09:00');

const timezone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'use an IANA time zone name, e.g. Asia/Shanghai');

const snowflake = z.string().regex(/^\d{15,22}$/, 'use the numeric id Discord shows (Developer Mode → Copy ID)');

const schema = z
  .object({
    DISCORD_TOKEN: z.string().regex(/^[\w.-]{20,}$/, 'paste the bot token from the Developer Portal (Bot → Reset Token)').optional(),
    DISCORD_APPLICATION_ID: snowflake.optional(),
    DISCORD_GUILD_ID: snowflake.optional(),
    DISCORD_API_URL: z.string().url('use a URL such as http://127.0.0.1:3000/api').optional(),
    MESSAGE_CONTENT_INTENT: bool.default(false),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(120).default(6),
    DIGEST_TIME: timeOfDay.default('09:00'),
    DIGEST_TIMEZONE: timezone.default('Asia/Shanghai'),
    DIGEST_SIZE: z.coerce.number().int().min(1).max(10).default(4),
    DATA_DIR: z.string().default('data'),
    INDEX_DIR: z.string().default('index/current'),
    SEED_PATH: z.string().default('seeds/plan.txt'),
    EMBED_MODEL: z.string().default('BAAI/bge-small-zh-v1.5'),
    EMBED_MODEL_DIR: z.string().default('models'),
  })
  .superRefine((c, ctx) => {
    if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_APPLICATION_ID'],
        message: 'required when DISCORD_TOKEN is set (Developer Portal → General Information → Application ID)',
      });
    }
  });

export type Config = Readonly<z.infer<typeof schema>>;

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration (see .env.example):\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the environment once. Values are never echoed back, so a token cannot leak into logs. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.keys(schema.shape).map((k) => [k, env[k]?.trim() || undefined]),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return Object.freeze(parsed.data);
}

/** The embedding model to use, or null when EMBED_MODEL=none (lexical retrieval only). */
export const configuredModel = (c: Config): string | null => (c.EMBED_MODEL === 'none' ? null : c.EMBED_MODEL);
