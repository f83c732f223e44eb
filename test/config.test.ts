import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.abcdefghijklmnopqrstuvwxyz012345';

describe('loadConfig', () => {
  it('has sensible defaults with no Discord token (terminal chat)', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ DIGEST_TIME: '09:00', DIGEST_TIMEZONE: 'Asia/Shanghai', MESSAGE_CONTENT_INTENT: false });
    expect(c.DISCORD_TOKEN).toBeUndefined();
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DISCORD_TOKEN: '  ', LOG_LEVEL: '' }).LOG_LEVEL).toBe('info');
  });

  it.each([
    [{ DIGEST_TIME: '9am' }, 'DIGEST_TIME'],
    [{ DIGEST_TIMEZONE: 'Mars/Olympus' }, 'DIGEST_TIMEZONE'],
    [{ RATE_LIMIT_PER_MINUTE: '0' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ MESSAGE_CONTENT_INTENT: 'maybe' }, 'MESSAGE_CONTENT_INTENT'],
    [{ DISCORD_TOKEN: TOKEN }, 'DISCORD_APPLICATION_ID'],
    [{ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: 'abc' }, 'DISCORD_APPLICATION_ID'],
  ])('names the bad variable in %j', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('never echoes the token in its error', () => {
    let message = '';
    try {
      loadConfig({ DISCORD_TOKEN: TOKEN });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('DISCORD_APPLICATION_ID'); // it did fail, and says why
    expect(message).not.toContain(TOKEN);
  });
});
