/**
 * Webhook mode: one small HTTP server for Telegram's POSTs and the load balancer's GET /healthz.
 * An update is acknowledged as soon as it is read and answered in the background, so a slow
 * answer (waiting out a 429) never makes Telegram time out and deliver the update twice.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { Update } from 'telegraf/types';
import type { Logger } from '../log.js';
import type { UpdateDispatcher } from './dispatcher.js';

const MAX_BODY_BYTES = 1 << 20;
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export interface WebhookServerOptions {
  readonly host: string;
  readonly port: number;
  /** Path part of WEBHOOK_URL; only POSTs there are updates. */
  readonly path: string;
  readonly secret: string;
  readonly dispatcher: UpdateDispatcher;
  readonly log: Logger;
  readonly health: () => Record<string, unknown>;
}

export class WebhookServer {
  private readonly server: Server;
  private stopping = false;

  constructor(private readonly options: WebhookServerOptions) {
    this.server = createServer((req, res) => {
      this.route(req, res).catch((error: unknown) => {
        options.log.warn({ err: String(error) }, 'webhook request failed');
        if (!res.headersSent) reply(res, 500, { ok: false });
      });
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port, this.options.host, () => resolve());
    });
    const address = this.server.address();
    return typeof address === 'object' && address ? address.port : this.options.port;
  }

  /** Refuses new updates and reports unhealthy so the load balancer moves on; open requests finish. */
  async close(): Promise<void> {
    this.stopping = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    await closed;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && path === '/healthz') {
      reply(res, this.stopping ? 503 : 200, { status: this.stopping ? 'stopping' : 'ok', ...this.options.health() });
      return;
    }
    if (req.method !== 'POST' || path !== this.options.path) {
      reply(res, 404, { ok: false });
      return;
    }
    if (this.stopping) {
      // Telegram will deliver it again, to a replica that is not going away.
      reply(res, 503, { ok: false });
      return;
    }
    if (!sameSecret(req.headers[SECRET_HEADER], this.options.secret)) {
      reply(res, 401, { ok: false });
      return;
    }
    const update = parseUpdate(await readBody(req));
    if (!update) {
      reply(res, 400, { ok: false });
      return;
    }
    reply(res, 200, {});
    this.options.dispatcher.dispatch(update);
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('webhook body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseUpdate(body: string): Update | undefined {
  try {
    const value: unknown = JSON.parse(body);
    const ok = typeof value === 'object' && value !== null && typeof (value as { update_id?: unknown }).update_id === 'number';
    return ok ? (value as Update) : undefined;
  } catch {
    return undefined;
  }
}
