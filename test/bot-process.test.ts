/**
 * `tsx src/main.ts` (what `npm start` runs) as a child process: start-up errors are one line
 * and exit code 1; SIGTERM delivers the in-flight answer and exits 0 within 5 s.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotApiEmulator } from './emulator/bot-api-emulator.js';
import { TOKEN } from './emulator/harness.js';

const ROOT = resolve(import.meta.dirname, '..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

interface Child {
  readonly process: ChildProcess;
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

function startMain(env: Record<string, string | undefined>): Child {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TELEGRAM_') && !k.startsWith('WEBHOOK_')));
  const child = spawn(TSX, ['src/main.ts'], {
    cwd: ROOT,
    env: { ...base, DOTENV_CONFIG_PATH: '/nonexistent/.env', EMBEDDER: 'lexical', LOG_LEVEL: 'info', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null, at: Date.now() }));
  return { process: child, stdout: () => out, stderr: () => err, exited };
}

let emu: BotApiEmulator;

beforeAll(async () => {
  emu = await BotApiEmulator.start({ token: TOKEN, botUsername: 'article_qa_bot' });
});

afterAll(async () => {
  await emu?.stop();
});

describe('start-up errors', () => {
  it('a missing token is one line naming the variable, exit code 1', async () => {
    const child = startMain({ TELEGRAM_BOT_TOKEN: undefined });
    const { code } = await child.exited;
    expect(code).toBe(1);
    const lines = child.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('TELEGRAM_BOT_TOKEN');
    expect(child.stderr()).not.toMatch(/\n\s+at /);
  });

  it('a token the server rejects is one line, exit code 1, and the token is not printed', async () => {
    const wrong = '999999:wrong-token_that_is_long_enough';
    const child = startMain({ TELEGRAM_BOT_TOKEN: wrong, TELEGRAM_API_ROOT: emu.apiRoot });
    const { code } = await child.exited;
    expect(code).toBe(1);
    const lines = child.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/TELEGRAM_BOT_TOKEN was rejected/);
    expect(child.stderr() + child.stdout()).not.toContain('wrong-token_that_is_long_enough');
  });

  it('EMBEDDER=model with no model installed is one line saying how to install it, exit code 1, before Telegram is called', async () => {
    const calls = emu.callsOf('getMe').length;
    const child = startMain({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: emu.apiRoot,
      EMBEDDER: 'model',
      ALLOW_MODEL_DOWNLOAD: 'false',
      MODELS_DIR: mkdtempSync(join(tmpdir(), 'no-model-')),
    });
    const { code } = await child.exited;
    expect(code).toBe(1);
    const lines = child.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/embedding model .* is unavailable.*npm run models/);
    expect(emu.callsOf('getMe')).toHaveLength(calls);
  });
});

describe('graceful shutdown', () => {
  it('SIGTERM finishes the in-flight answer, stops polling and exits 0 within 5 s', async () => {
    const child = startMain({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: emu.apiRoot });
    try {
      await emu.until(() => child.stdout().includes('bot started'), 20_000, 'the bot to start');
      const user = emu.user();
      const chat = emu.privateChat(user);
      // The answer is held up on its way out, so it is in flight when the signal arrives.
      emu.inject('sendMessage', { kind: 'delay', ms: 1500 }, 1, (p) => Number(p.chat_id) === chat.id);
      const question = emu.sendText(chat, user, 'ماذا قال شويغو عن العقوبات الغربية؟');
      await emu.until(() => emu.callsOf('sendMessage').some((c) => Number(c.payload.chat_id) === chat.id), 5000, 'the answer to be sent');

      const signalled = Date.now();
      child.process.kill('SIGTERM');
      const { code, at } = await child.exited;
      expect(code).toBe(0);
      expect(at - signalled).toBeLessThan(5000);
      expect(emu.repliesTo(question)).toHaveLength(1);
      // The update was confirmed, so a restart would not answer it twice.
      expect(emu.unconfirmed).toBe(0);

      const lines = child.stdout().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines.some((l) => l.event === 'question')).toBe(true);
      expect(lines.some((l) => l.msg === 'stopped')).toBe(true);
      expect(child.stdout()).not.toContain(TOKEN);
    } finally {
      child.process.kill('SIGKILL');
    }
  });
});
