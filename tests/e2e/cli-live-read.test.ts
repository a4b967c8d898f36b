// `miro convert --board` as a user runs it, against a real loopback server that misbehaves: every
// read ends, says why in one line naming the flag to change, and never prints the token.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Loopback, sendJson, startLoopback } from '@throughline/platform-fakes/loopback';
import { afterEach, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN = 'e2e-secret-token-0123456789';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
}

function convertBoard(server: Loopback, ...flags: string[]): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      'pnpm',
      ['--silent', 'throughline', 'miro', 'convert', '--board', 'uXjVE2E=', '-f', 'json', ...flags],
      { cwd: repoRoot, env: { ...process.env, MIRO_TOKEN: TOKEN, MIRO_API_URL: server.origin } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 });
      },
    );
  });
}

const sticky = (id: number) => ({
  id: String(3458764800000000000n + BigInt(id)),
  type: 'sticky_note',
  data: { content: `<p>Note ${id}</p>`, shape: 'square' },
  position: { x: id * 10, y: 0, origin: 'center', relativeTo: 'canvas_center' },
  geometry: { width: 100, height: 114.6 },
});

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('throughline miro convert --board against a misbehaving server', () => {
  it('gives up on a server that never answers, at --timeout', async () => {
    server = await startLoopback(() => {});
    const result = await convertBoard(server, '--timeout', '1');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^throughline: --board uXjVE2E=: .*no answer within 1 s.*--timeout/m,
    );
    // A generous bound: the command, pnpm included, ends in seconds rather than never.
    expect(result.seconds).toBeLessThan(30);
  });

  it('gives up on a body trickled a byte at a time, at --body-timeout', async () => {
    server = await startLoopback((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const text = JSON.stringify({ data: [sticky(1)], total: 1, size: 1 });
      let sent = 0;
      server?.track(
        setInterval(() => {
          if (sent < text.length) response.write(text[sent++] ?? '');
        }, 100),
      );
    });
    const result = await convertBoard(server, '--body-timeout', '1');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/whole body within 1 s.*--body-timeout/);
    expect(result.seconds).toBeLessThan(30);
  });

  it('stops a cursor that never ends at --max-pages, with progress along the way', async () => {
    server = await startLoopback((_request, response, number) => {
      sendJson(response, 200, { data: [sticky(number)], cursor: `page-${number}`, limit: 50 });
    });
    const result = await convertBoard(server, '--max-pages', '45');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('reading board uXjVE2E=: 20 items in 20 pages\n');
    expect(result.stderr).toContain('reading board uXjVE2E=: 40 items in 40 pages\n');
    expect(result.stderr).toMatch(/^throughline: --board uXjVE2E=: .*45 pages.*--max-pages/m);
    expect(server.requests.length).toBeLessThanOrEqual(46);
  });

  it('never prints the token, nor the terminal codes, a server echoes in its refusal', async () => {
    server = await startLoopback((request, response) => {
      const echoed = `${request.headers.authorization} \u001b]0;owned\u0007 ${encodeURIComponent(TOKEN)}`;
      sendJson(response, 401, {
        status: 401,
        code: 'unauthorized',
        message: echoed,
        type: 'error',
      });
    });
    const result = await convertBoard(server);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain(TOKEN);
    expect(result.stderr).not.toContain(encodeURIComponent(TOKEN));
    expect(result.stderr).not.toMatch(/(?![\n])\p{Cc}/u);
    expect(result.stderr).toMatch(
      /^throughline: --board uXjVE2E=: Miro did not accept the access token/,
    );
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
