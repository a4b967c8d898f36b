// The service's HTTP routes (hono): the portfolio page and JSON, a health check, Linear's webhooks.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { renderPortfolioPage } from '../render/portfolio-page';
import type { PortfolioState } from '../store/portfolio-state';
import type { SqlStore } from '../store/sql-store';
import { type ComputePortfolio, currentPortfolio } from './current-portfolio';
import { errorText, type Logger } from './log';
import type { Refresher } from './refresher';
import { daysBefore, isoDay, stageTrends } from './stage-snapshots';
import { deliveryChecker } from './webhook-delivery';

/** How far back the page's trend reaches. */
export const TREND_DAYS = 30;

/** Linear's payloads are a few kilobytes; anything far larger is not one. */
const MAX_WEBHOOK_BYTES = 1024 * 1024;

export interface AppOptions {
  store: SqlStore;
  state: PortfolioState;
  refresher: Refresher;
  compute: ComputePortfolio;
  webhookSecret: string;
  log: Logger;
  now: () => Date;
  /** The IANA zone whose calendar gives the as-of date. */
  timeZone: string;
}

export function createApp(options: AppOptions): Hono {
  const { store, state, refresher, compute, log, now, timeZone } = options;
  const checkDelivery = deliveryChecker(options.webhookSecret);
  const app = new Hono();

  app.get('/healthz', async (c) => {
    await store.query('SELECT 1');
    return c.json({ ok: true, store: store.kind });
  });

  app.get('/api/portfolio', async (c) => {
    const asOf = isoDay(now(), timeZone);
    return c.json(await currentPortfolio(state, compute, asOf, log));
  });

  app.get('/', async (c) => {
    const asOf = isoDay(now(), timeZone);
    const [portfolio, snapshots] = await Promise.all([
      currentPortfolio(state, compute, asOf, log),
      state.snapshots(daysBefore(asOf, TREND_DAYS - 1)),
    ]);
    c.header(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
    return c.html(renderPortfolioPage(portfolio, { trends: stageTrends(snapshots) }));
  });

  app.post(
    '/webhooks/linear',
    bodyLimit({ maxSize: MAX_WEBHOOK_BYTES, onError: (c) => c.text('Payload too large', 413) }),
    async (c) => {
      const raw = Buffer.from(await c.req.arrayBuffer());
      const check = checkDelivery(raw, {
        signature: c.req.header('linear-signature'),
        deliveryId: c.req.header('linear-delivery'),
      });
      if (!check.ok) {
        log('warn', 'webhook.rejected', { status: check.status, reason: check.reason });
        return c.text(check.reason, check.status);
      }
      const { delivery } = check;
      if (!(await state.claimDelivery(delivery))) {
        log('info', 'webhook.replayed', { delivery: delivery.id, type: delivery.type });
        return c.text('already handled', 200);
      }
      log('info', 'webhook.accepted', {
        delivery: delivery.id,
        type: delivery.type,
        action: delivery.action,
        projects:
          typeof delivery.projects === 'string' ? delivery.projects : delivery.projects.length,
      });
      // Answer first; Linear retries slow endpoints, and the refetch is not its business.
      if (delivery.projects === 'all') refresher.reconcile();
      else if (delivery.projects !== 'none') refresher.refetch(delivery.projects);
      return c.text('ok', 200);
    },
  );

  app.onError((error, c) => {
    log('error', 'request.failed', { path: c.req.path, error: errorText(error) });
    return c.text('Internal error', 500);
  });

  return app;
}
