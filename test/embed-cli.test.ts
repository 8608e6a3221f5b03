/**
 * `npm run models` as a user (or the Docker build) runs it: a child process, against a
 * local stand-in for the Hugging Face Hub, a refused port or a host that never answers.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { MODEL_FILES } from '../src/embed/model-files.js';
import { serveModel, type HubStandIn } from './support/hub-stand-in.js';

const FIXTURE = path.resolve('test/fixtures/tiny-model');
const MODEL_ID = 'local/tiny-bert';

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

function runModels(modelsDir: string, remoteHost: string): Promise<Run> {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    MODELS_DIR: modelsDir,
    EMBEDDING_MODEL: MODEL_ID,
    MODEL_REMOTE_HOST: remoteHost,
  };
  const started = performance.now();
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', 'models'], { env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'embed-cli-test-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function listen(server: ReturnType<typeof createTcpServer>): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
}

async function closedPortUrl(): Promise<string> {
  const server = createTcpServer();
  const url = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return url;
}

async function silentServerUrl(): Promise<string> {
  const sockets: Socket[] = [];
  const server = createTcpServer((socket) => sockets.push(socket));
  cleanups.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return listen(server);
}

/** Serves the tiny model at /<model>/resolve/main/<file>, counting requests. */
async function mirror(): Promise<HubStandIn> {
  const hub = await serveModel(FIXTURE, MODEL_ID);
  cleanups.push(() => hub.close());
  return hub;
}

function expectOneClearLine(run: Run, pattern: RegExp): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('npm run models', () => {
  it('offline: fails within seconds with one clear sentence and exit code 1', async () => {
    const run = await runModels(await tempDir(), await closedPortUrl());
    expectOneClearLine(run, /^error: Could not download local\/tiny-bert: http:\/\/127\.0\.0\.1:\d+ is unreachable \(ECONNREFUSED\); check the network/);
    expect(run.ms).toBeLessThan(10_000);
  });

  it('a host that never answers: gives up after the probe timeout', async () => {
    const run = await runModels(await tempDir(), await silentServerUrl());
    expectOneClearLine(run, /^error: Could not download local\/tiny-bert: .* did not answer within 5 s/);
    expect(run.ms).toBeLessThan(15_000);
  });

  it('downloads into MODELS_DIR, verifies, and is idempotent without touching the network again', async () => {
    const dir = await tempDir();
    const hub = await mirror();
    const first = await runModels(dir, hub.url);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^local\/tiny-bert downloaded to .* and verified \(128 dimensions\)\.\n$/);
    for (const file of MODEL_FILES) {
      expect(await readFile(path.join(dir, 'local', 'tiny-bert', file))).toEqual(await readFile(path.join(FIXTURE, file)));
    }

    const again = await runModels(dir, await closedPortUrl());
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^local\/tiny-bert is already in .* and loads \(128 dimensions\)\.\n$/);
  });

  it('replaces a corrupt installed model', async () => {
    const dir = await tempDir();
    const modelDir = path.join(dir, 'local', 'tiny-bert');
    await cp(FIXTURE, modelDir, { recursive: true });
    await writeFile(path.join(modelDir, 'onnx', 'model_quantized.onnx'), 'truncated');
    const hub = await mirror();
    const run = await runModels(dir, hub.url);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/downloaded to .* and verified/);
    expect(await readFile(path.join(modelDir, 'onnx', 'model_quantized.onnx'))).toEqual(
      await readFile(path.join(FIXTURE, 'onnx', 'model_quantized.onnx')),
    );
  });
});
