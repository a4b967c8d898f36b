import { describe, expect, it } from 'vitest';
import { createHttpTransport } from './http-transport';

const transportFor = (siteUrl: string) =>
  createHttpTransport({ siteUrl, email: 'ana@example.com', apiToken: 'token-1' });

describe('the CLI transport’s site URL', () => {
  it.each([
    ['https://acme.atlassian.net/', 'https://acme.atlassian.net'],
    ['https://jira.example.com/jira', 'https://jira.example.com/jira'],
    // A local fake (the e2e tests' loopback server) is the one place plain http may go.
    ['http://127.0.0.1:8123', 'http://127.0.0.1:8123'],
    ['http://localhost:8080/', 'http://localhost:8080'],
    ['http://[::1]:9000', 'http://[::1]:9000'],
  ])('accepts %s', (siteUrl, site) => {
    expect(transportFor(siteUrl).siteUrl).toBe(site);
  });

  it.each([
    'http://acme.atlassian.net',
    'http://10.0.0.7:8080',
    'http://127.0.0.1.example.com',
    'ftp://acme.atlassian.net',
    'javascript:alert(1)',
  ])('refuses %s: Basic credentials never go over plain http', (siteUrl) => {
    expect(() => transportFor(siteUrl)).toThrow(/^JIRA_URL must be https, not \w+:/);
    expect(() => transportFor(siteUrl)).toThrow(
      expect.objectContaining({ code: 'invalid-request' }),
    );
  });
});
