import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { MODEL_FILES } from '../../src/embed/model-files.js';

export interface HubStandIn {
  /** Base URL to use as MODEL_REMOTE_HOST / transformers.js' remoteHost. */
  readonly url: string;
  /** Paths requested so far, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** A Hugging Face Hub stand-in on loopback serving a model directory at /<model>/resolve/main/<file>. */
export async function serveModel(modelDir: string, modelId: string): Promise<HubStandIn> {
  const requests: string[] = [];
  const prefix = `/${modelId}/resolve/main/`;
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const file = request.url?.startsWith(prefix) ? request.url.slice(prefix.length) : '';
    if (!(MODEL_FILES as readonly string[]).includes(file)) {
      response.writeHead(404).end();
      return;
    }
    readFile(path.join(modelDir, file)).then(
      (body) => response.writeHead(200, { 'content-length': body.length }).end(body),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
