// `pnpm --filter @throughline/linear start`: the portfolio service, configured from the environment.
import { mkdir } from 'node:fs/promises';
import { createLinearClient } from '../client/linear-client';
import { openStore } from '../store/open-store';
import { ConfigError, configSecrets, parseConfig } from './config';
import { jiraLinksReader } from './jira-links';
import { createLogger, errorText, redact } from './log';
import { readMapFiles } from './map-files';
import { perCallClient } from './per-call-client';
import { createService, listen } from './service';

/** Known once the config parses; the start-up error below is masked with them too. */
let secrets: string[] = [];

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  secrets = configSecrets(config);
  const log = createLogger({ secrets });
  const maps = config.maps ? await readMapFiles(config.maps) : [];
  if (!config.databaseUrl) await mkdir(config.dataDir, { recursive: true });
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const client = perCallClient(() =>
    createLinearClient({
      apiKey: config.linearApiKey,
      ...(config.linearApiUrl ? { apiUrl: config.linearApiUrl } : {}),
      onEvent: (event) => {
        if (event.type === 'retry') {
          log('warn', 'linear.retry', { status: event.status, waitMs: event.waitMs });
        }
      },
    }),
  );
  const jira = config.jira
    ? jiraLinksReader(config.jira, {
        onEvent: (event) => {
          if (event.type === 'retry') {
            log('warn', 'jira.retry', { status: event.status, waitMs: event.waitMs });
          }
        },
        onIssueProblem: (key, problem) => log('warn', 'jira.issue.links', { issue: key, problem }),
      })
    : undefined;
  const service = await createService({
    store,
    client,
    ...(jira === undefined ? {} : { jira }),
    webhookSecret: config.webhookSecret,
    log,
    maps,
    reconcileIntervalMs: config.reconcileIntervalMs,
    timeZone: config.timeZone,
  });
  const server = await listen(service.app, config.port, config.host);
  log('info', 'service.started', {
    url: server.url,
    store: store.kind,
    maps: maps.length,
    jira: config.jira !== undefined,
  });

  const shutdown = async (signal: string) => {
    log('info', 'service.stopping', { signal });
    await server.close();
    await service.stop();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // A config error is already one line naming no value; anything else (a driver's connection error
  // may quote the URL) is masked like a log line.
  const message =
    error instanceof ConfigError ? error.message : `service failed to start: ${errorText(error)}`;
  process.stderr.write(`${redact(message, secrets)}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
