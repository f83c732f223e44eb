import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { environment } from '../src/adapters/env-file.js';
import { ConfigError, loadConfig, VARIABLES } from '../src/config.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.abcdefghijklmnopqrstuvwxyz012345';
const messageOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('has sensible defaults with no Discord token (terminal chat)', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ DIGEST_TIME: '09:00', DIGEST_TIMEZONE: 'Asia/Shanghai', MESSAGE_CONTENT_INTENT: false, QUESTION_LOG: true, RETENTION_DAYS: 30 });
    expect(c.DISCORD_TOKEN).toBeUndefined();
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DISCORD_TOKEN: '  ', LOG_LEVEL: '' }).LOG_LEVEL).toBe('info');
  });

  it('turns the question log off', () => {
    expect(loadConfig({ QUESTION_LOG: 'false', RETENTION_DAYS: '7' })).toMatchObject({ QUESTION_LOG: false, RETENTION_DAYS: 7 });
  });

  it.each([
    [{ DIGEST_TIME: '9am' }, 'DIGEST_TIME'],
    [{ DIGEST_TIMEZONE: 'Mars/Olympus' }, 'DIGEST_TIMEZONE'],
    [{ RATE_LIMIT_PER_MINUTE: '0' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ RATE_LIMIT_PER_MINUTE: 'lots' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ CHANNEL_LIMIT_PER_MINUTE: '0' }, 'CHANNEL_LIMIT_PER_MINUTE'],
    [{ SERVER_LIMIT_PER_MINUTE: '1.5' }, 'SERVER_LIMIT_PER_MINUTE'],
    [{ ANSWER_QUEUE_MAX_WAITING: '-1' }, 'ANSWER_QUEUE_MAX_WAITING'],
    [{ DIGEST_SIZE: '11' }, 'DIGEST_SIZE'],
    [{ MESSAGE_CONTENT_INTENT: 'maybe' }, 'MESSAGE_CONTENT_INTENT'],
    [{ QUESTION_LOG: 'sometimes' }, 'QUESTION_LOG'],
    [{ RETENTION_DAYS: '-1' }, 'RETENTION_DAYS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DISCORD_API_URL: 'not a url' }, 'DISCORD_API_URL'],
    [{ DISCORD_TOKEN: 'abc', DISCORD_APPLICATION_ID: '123456789012345678' }, 'DISCORD_TOKEN'],
    [{ DISCORD_TOKEN: TOKEN }, 'DISCORD_APPLICATION_ID'],
    [{ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: 'abc' }, 'DISCORD_APPLICATION_ID'],
    [{ DATABASE_URL: 'mysql://db/planbot' }, 'DATABASE_URL'],
    [{ DIGEST_GRACE_MINUTES: '1440' }, 'DIGEST_GRACE_MINUTES'],
    [{ DRAIN_SECONDS: '0' }, 'DRAIN_SECONDS'],
    [{ EMBED_WORKERS: 'many' }, 'EMBED_WORKERS'],
    [{ SHARD_COUNT: '0' }, 'SHARD_COUNT'],
    [{ SHARD_LIST: '0,1' }, 'SHARD_LIST'],
    [{ SHARD_COUNT: '2', SHARD_LIST: '1,2' }, 'SHARD_LIST'],
  ])('%j: names the variable, its meaning and an example, not the validator\'s words', (env, name) => {
    const message = messageOf(env);
    const v = VARIABLES[name as keyof typeof VARIABLES];
    expect(message).toContain(`${name} `);
    expect(message).toContain(v.meaning);
    expect(message).toContain(`Example: ${name}=${v.example}`);
    expect(message).not.toMatch(/Invalid input|expected|received|Too big|Too small|NaN/i);
  });

  it('reads the scaling settings: a PostgreSQL URL, shards of several machines, workers', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/planbot', SHARD_COUNT: '4', SHARD_LIST: '2,3', EMBED_WORKERS: '0' }))
      .toMatchObject({ DATABASE_URL: 'postgresql://u:p@db:5432/planbot', SHARD_COUNT: 4, SHARD_LIST: '2,3', EMBED_WORKERS: 0 });
    expect(loadConfig({})).toMatchObject({ SHARD_COUNT: 'auto', EMBED_WORKERS: 'auto', DRAIN_SECONDS: 8, DIGEST_GRACE_MINUTES: 120 });
  });

  it('reads the budgets and the queue bound, with their defaults', () => {
    expect(loadConfig({})).toMatchObject({ RATE_LIMIT_PER_MINUTE: 6, CHANNEL_LIMIT_PER_MINUTE: 30, SERVER_LIMIT_PER_MINUTE: 60, ANSWER_QUEUE_MAX_WAITING: 100 });
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '3', CHANNEL_LIMIT_PER_MINUTE: '12', SERVER_LIMIT_PER_MINUTE: '500', ANSWER_QUEUE_MAX_WAITING: '0' }))
      .toMatchObject({ RATE_LIMIT_PER_MINUTE: 3, CHANNEL_LIMIT_PER_MINUTE: 12, SERVER_LIMIT_PER_MINUTE: 500, ANSWER_QUEUE_MAX_WAITING: 0 });
  });

  it('never echoes the database password in its error', () => {
    expect(messageOf({ DATABASE_URL: 'postgres://u:hunter2 pw@db/planbot' })).not.toContain('hunter2');
  });

  it('never echoes the token in its error, even a bad one', () => {
    expect(messageOf({ DISCORD_TOKEN: TOKEN })).not.toContain(TOKEN);
    expect(messageOf({ DISCORD_TOKEN: 'secret!token' })).not.toContain('secret!token');
  });
});

describe('.env', () => {
  const envFile = (text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'planbot-env-')), '.env');
    writeFileSync(path, text);
    return path;
  };

  it('is read, with the real environment winning and empty real values falling back to the file', () => {
    const path = envFile('DIGEST_TIME=08:30\nDIGEST_SIZE=5\nLOG_LEVEL="warn" # comment\n');
    const env = environment({ DIGEST_SIZE: '7', LOG_LEVEL: '' }, path);
    expect(loadConfig(env)).toMatchObject({ DIGEST_TIME: '08:30', DIGEST_SIZE: 7, LOG_LEVEL: 'warn' });
  });

  it('a bad value in .env stops start-up naming the variable', () => {
    expect(() => loadConfig(environment({}, envFile('DISCORD_TOKEN=abc\n')))).toThrow(/DISCORD_TOKEN is not valid/);
  });

  it('a missing .env is fine', () => {
    expect(environment({ A: '1' }, '/nonexistent/.env')).toEqual({ A: '1' });
  });
});
