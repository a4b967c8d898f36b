import { describe, expect, it } from 'vitest';
import { ConfigError, configSecrets, localTimeZone, parseConfig } from './config';
import { createLogger } from './log';

const env = { LINEAR_API_KEY: 'lin_api_secret', LINEAR_WEBHOOK_SECRET: 'whsec-secret' };

describe('parseConfig', () => {
  it('fills defaults: PGlite in a data directory, a reconcile every ten minutes', () => {
    expect(parseConfig(env)).toMatchObject({
      port: 8787,
      databaseUrl: undefined,
      dataDir: '.throughline-out/linear-service/pglite',
      reconcileIntervalMs: 600_000,
    });
  });

  it('fails in one line naming each variable, never echoing a value', () => {
    const attempt = () =>
      parseConfig({
        LINEAR_API_KEY: 'lin_api_secret',
        PORT: 'eighty',
        DATABASE_URL: 'mysql://u:pw@h/db',
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(
      'service config: PORT is not valid; DATABASE_URL is not valid; LINEAR_WEBHOOK_SECRET is not set',
    );
    try {
      attempt();
    } catch (error) {
      expect(String(error)).not.toContain('pw');
      expect(String(error)).not.toContain('\n');
    }
  });
});

describe('parseConfig: the time zone', () => {
  it("defaults to the process's zone and takes an IANA name", () => {
    expect(parseConfig(env).timeZone).toBe(localTimeZone());
    expect(parseConfig({ ...env, THROUGHLINE_TIME_ZONE: 'Europe/Berlin' }).timeZone).toBe(
      'Europe/Berlin',
    );
  });

  it('refuses a name Intl does not know', () => {
    expect(() => parseConfig({ ...env, THROUGHLINE_TIME_ZONE: 'Mars/Olympus' })).toThrow(
      'service config: THROUGHLINE_TIME_ZONE is not valid',
    );
  });
});

describe('configSecrets', () => {
  it('holds the database password, as written and decoded', () => {
    const config = parseConfig({ ...env, DATABASE_URL: 'postgres://app:p%40ss%22w@db:5432/x' });
    expect(configSecrets(config)).toEqual([
      'lin_api_secret',
      'whsec-secret',
      'p%40ss%22w',
      'p@ss"w',
    ]);
  });
});

describe('parseConfig: the Jira site', () => {
  const jira = {
    JIRA_URL: 'https://acme.atlassian.net',
    JIRA_EMAIL: 'ana@example.com',
    JIRA_API_TOKEN: 'jira-token-secret',
  };

  it('is off when none of the three is set (or they are blank)', () => {
    expect(parseConfig(env).jira).toBeUndefined();
    expect(
      parseConfig({ ...env, JIRA_URL: '', JIRA_EMAIL: ' ', JIRA_API_TOKEN: '' }).jira,
    ).toBeUndefined();
  });

  it('takes all three together', () => {
    expect(parseConfig({ ...env, ...jira }).jira).toEqual({
      siteUrl: 'https://acme.atlassian.net',
      email: 'ana@example.com',
      apiToken: 'jira-token-secret',
    });
  });

  it('names the missing ones in one line when only some are set, never a value', () => {
    const attempt = (extra: Record<string, string>) => () => parseConfig({ ...env, ...extra });
    expect(attempt({ JIRA_URL: jira.JIRA_URL })).toThrow(
      new ConfigError(
        'service config: JIRA_EMAIL, JIRA_API_TOKEN are not set (JIRA_URL is: set all three Jira variables or none)',
      ),
    );
    expect(attempt({ JIRA_EMAIL: jira.JIRA_EMAIL, JIRA_API_TOKEN: jira.JIRA_API_TOKEN })).toThrow(
      new ConfigError(
        'service config: JIRA_URL is not set (JIRA_EMAIL, JIRA_API_TOKEN are: set all three Jira variables or none)',
      ),
    );
    for (const extra of [
      { JIRA_URL: jira.JIRA_URL, JIRA_API_TOKEN: jira.JIRA_API_TOKEN },
      { ...jira, JIRA_URL: 'ftp://acme.atlassian.net' },
      { ...jira, JIRA_URL: 'http://acme.atlassian.net' },
      { ...jira, JIRA_URL: 'https://ana:jira-token-secret@acme.atlassian.net' },
    ]) {
      let message = '';
      try {
        parseConfig({ ...env, ...extra });
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        message = String(error);
      }
      expect(message).toMatch(/^ConfigError: service config: JIRA_/);
      expect(message).not.toContain('\n');
      expect(message).not.toContain('jira-token-secret');
      expect(message).not.toContain('acme');
    }
  });

  it('keeps the Jira problem beside the others', () => {
    expect(() => parseConfig({ LINEAR_API_KEY: 'k', JIRA_API_TOKEN: 'jira-token-secret' })).toThrow(
      'service config: LINEAR_WEBHOOK_SECRET is not set; JIRA_URL, JIRA_EMAIL are not set (JIRA_API_TOKEN is: set all three Jira variables or none)',
    );
  });
});

describe('createLogger', () => {
  it('writes one JSON line per event and masks secret values', () => {
    const lines: string[] = [];
    const log = createLogger({
      write: (line) => lines.push(line),
      secrets: ['whsec-secret'],
      now: () => new Date('2026-12-01T00:00:00Z'),
    });
    log('error', 'refresh.failed', { error: 'request with whsec-secret failed' });
    expect(lines).toEqual([
      '{"time":"2026-12-01T00:00:00.000Z","level":"error","event":"refresh.failed","error":"request with [redacted] failed"}',
    ]);
  });
});
