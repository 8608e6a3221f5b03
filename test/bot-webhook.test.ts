/**
 * Webhook mode with two replicas behind a round-robin load balancer: each update of one
 * conversation lands on the other replica than the one before, including a button press on a
 * message the other replica sent. With a Redis server available, per-user limits are shared.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/core/types.js';
import type { RunningBot } from '../src/bot/run.js';
import { BotApiEmulator } from './emulator/bot-api-emulator.js';
import { LogCapture, TOKEN, citationOf, freePort, quotedSentence, realAnswerer, startBot } from './emulator/harness.js';

const REDIS_AVAILABLE = spawnSync('redis-server', ['--version']).status === 0;
const PER_MINUTE = 5;

let emu: BotApiEmulator;
let article: Article;
let lb: Server;
let redis: ChildProcess | undefined;
const replicas: RunningBot[] = [];
const logs = [new LogCapture(), new LogCapture()];
const ports: number[] = [];
const routed: number[] = [];

/** The load balancer: alternates between the replicas, request by request. */
function roundRobin(backends: number[]): Server {
  let next = 0;
  return createServer((req, res) => {
    const index = next++ % backends.length;
    routed.push(index);
    const upstream = request(
      { host: '127.0.0.1', port: backends[index], path: req.url, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
}

/** A Redis of the test's own; on a port another test file took first it exits, and a fresh port is tried. */
async function startRedis(): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    redis = server;
    for (let i = 0; i < 50 && server.exitCode === null; i++) {
      if (spawnSync('redis-cli', ['-p', String(port), 'ping']).stdout?.toString().includes('PONG')) return `redis://127.0.0.1:${port}`;
      await sleep(100);
    }
    server.kill('SIGKILL');
    if (attempt >= 3) throw new Error(`redis-server did not start on 127.0.0.1:${port}`);
  }
}

/**
 * A replica on ports[i]. Test files run side by side, and another may take the port between
 * freePort() closing it and the replica listening: the replica then starts on a fresh one.
 */
async function startReplica(i: number, env: Record<string, string | undefined>): Promise<RunningBot> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startBot({ ...env, PORT: String(ports[i]) }, { log: logs[i]!.logger });
    } catch (error) {
      if (attempt >= 3 || !String((error as Error).message).includes('EADDRINUSE')) throw error;
      ports[i] = await freePort();
    }
  }
}

beforeAll(async () => {
  emu = await BotApiEmulator.start({ token: TOKEN, botUsername: 'article_qa_bot' });
  article = (await realAnswerer()).article;
  ports.push(await freePort(), await freePort());
  lb = roundRobin(ports);
  await new Promise<void>((resolve) => lb.listen(0, '127.0.0.1', resolve));
  const lbPort = (lb.address() as AddressInfo).port;
  const redisUrl = REDIS_AVAILABLE ? await startRedis() : undefined;
  for (const i of ports.keys()) {
    const env = {
      TELEGRAM_API_ROOT: emu.apiRoot,
      WEBHOOK_URL: `http://127.0.0.1:${lbPort}/telegram/webhook`,
      USER_QUESTIONS_PER_MINUTE: String(PER_MINUTE),
      REDIS_URL: redisUrl,
      // Replica 0 may log question text, replica 1 may not.
      LOG_QUESTIONS: i === 0 ? 'true' : 'false',
    };
    replicas.push(await startReplica(i, env));
  }
  routed.length = 0;
});

afterAll(async () => {
  await Promise.all(replicas.map((r) => r.stop('test over')));
  await new Promise<void>((resolve) => lb?.close(() => resolve()));
  redis?.kill('SIGKILL');
  await emu?.stop();
});

describe('webhook replicas', () => {
  it('both replicas registered the same webhook and report healthy', async () => {
    expect(replicas.map((r) => r.mode)).toEqual(['webhook', 'webhook']);
    const urls = new Set(emu.callsOf('setWebhook').map((c) => `${c.payload.url} ${c.payload.secret_token}`));
    expect(urls.size).toBe(1);
    for (const port of ports) {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', mode: 'webhook' });
    }
  });

  it('refuses updates without the secret token', async () => {
    const res = await fetch(`http://127.0.0.1:${ports[0]}/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ update_id: 1, message: { message_id: 1, date: 0, chat: { id: 1, type: 'private' }, text: 'hi' } }),
    });
    expect(res.status).toBe(401);
  });

  it('answers one conversation correctly when its updates alternate between replicas', async () => {
    const user = emu.user('Roaming', 'ar');
    const chat = emu.privateChat(user);

    // Update 1 → replica 0.
    const question = emu.sendText(chat, user, 'ماذا قال شويغو عن العقوبات الغربية؟');
    const answer = await emu.replyTo(question);
    const shown = quotedSentence(answer, article);
    expect(shown).toBeDefined();
    expect(citationOf(answer)?.language).toBe('ar');

    // Update 2 → replica 1, pressing a button on replica 0's message.
    const moreId = emu.pressButton(answer, user, 'مزيد من السياق');
    const more = await emu.replyTo(answer.message);
    await emu.callbackAnswer(moreId);
    expect(more.text).toContain(article.paragraphs[citationOf(answer)!.paragraph - 1]);

    // Update 3 → replica 0 again.
    emu.pressButton(answer, user, 'إجابة أخرى');
    const next = await emu.until(() => emu.repliesTo(answer.message)[1], 5000, 'another answer');
    expect(quotedSentence(next, article)).toBeDefined();
    expect(quotedSentence(next, article)).not.toBe(shown);

    // Update 4 → replica 1: "Another answer" on the alternative that replica 0 just sent.
    emu.pressButton(next, user, 'إجابة أخرى');
    const third = await emu.replyTo(next.message);
    expect(quotedSentence(third, article)).toBeDefined();
    expect([shown, quotedSentence(next, article)]).not.toContain(quotedSentence(third, article));

    expect(routed.slice(-4)).toEqual([0, 1, 0, 1]);
    // Each replica logs after its reply went out, so wait for the last line.
    await emu.until(() => logs[1]!.where('button').length === 2, 2000, 'the log lines');
    expect(logs[0]!.where('question')).toHaveLength(1);
    expect(logs[0]!.where('question')[0]?.question).toBe('ماذا قال شويغو عن العقوبات الغربية؟');
    expect(logs[0]!.where('button').map((l) => l.kind)).toEqual(['next']);
    expect(logs[1]!.where('button').map((l) => l.kind)).toEqual(['more', 'next']);
  });

  it.skipIf(!REDIS_AVAILABLE)('shares the per-user limit across replicas through Redis', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    for (let i = 0; i < PER_MINUTE + 3; i++) emu.sendText(chat, user, `What did Shoigu say? (${i})`);
    await emu.until(() => emu.botMessages(chat.id).length >= PER_MINUTE + 1, 8000, 'answers and one warning');
    await sleep(400);
    const replies = emu.botMessages(chat.id);
    // Per replica in memory, each would have allowed PER_MINUTE: twice as many answers, two warnings.
    expect(replies).toHaveLength(PER_MINUTE + 1);
    expect(replies.filter((r) => /asking very fast/.test(r.text))).toHaveLength(1);
  });

  it('keeps answering when one replica shuts down', async () => {
    await replicas[0]!.stop('scale down');
    const health = await fetch(`http://127.0.0.1:${ports[0]}/healthz`).then((r) => r.status, () => 0);
    expect(health === 503 || health === 0).toBe(true);
    const user = emu.user();
    const question = emu.sendText(emu.privateChat(user), user, 'ماذا قال شويغو عن العقوبات الغربية؟');
    expect(quotedSentence(await emu.replyTo(question, 8000), article)).toBeDefined();
    // Replica 1 runs with LOG_QUESTIONS=false.
    await emu.until(() => logs[1]!.where('question').length > 0, 2000, 'the log line');
    expect(logs[1]!.where('question').every((l) => !('question' in l))).toBe(true);
  });
});
