// The web reader's configuration: on by default on 127.0.0.1:8080, PUBLIC_URL without its trailing
// slash, and where links point when PUBLIC_URL is not set; bad values named with their meaning.
import { describe, expect, it } from 'vitest';
import { ConfigError, linkBase, loadConfig } from '../src/config.js';

describe('web configuration', () => {
  it('serves on 127.0.0.1:8080 by default, links there, and limits 60 API requests a minute', () => {
    const c = loadConfig({});
    expect([c.WEB, c.WEB_HOST, c.WEB_PORT, c.PUBLIC_URL, c.WEB_RATE_LIMIT_PER_MINUTE]).toEqual([true, '127.0.0.1', 8080, undefined, 60]);
    expect(linkBase(c)).toBe('http://127.0.0.1:8080');
    expect(linkBase(loadConfig({ WEB_HOST: '::1', WEB_PORT: '9000' }))).toBe('http://[::1]:9000');
  });

  it('links to PUBLIC_URL, without a trailing slash, and WEB=false turns the server off', () => {
    const c = loadConfig({ PUBLIC_URL: 'https://plan.example.org/reader/', WEB: 'false' });
    expect(linkBase(c)).toBe('https://plan.example.org/reader');
    expect(c.WEB).toBe(false);
  });

  it('names a bad port or address with its meaning and an example', () => {
    expect(() => loadConfig({ WEB_PORT: '70000' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEB_PORT: '70000' })).toThrow(/WEB_PORT is not valid \(it is "70000"\): the port the plan reader .* Example: WEB_PORT=8080/);
    expect(() => loadConfig({ PUBLIC_URL: 'plan.example.org' })).toThrow(/PUBLIC_URL is not valid .* Example: PUBLIC_URL=https:\/\/plan\.example\.org/);
  });
});
