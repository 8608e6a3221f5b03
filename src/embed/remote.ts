import { briefReason } from './errors.js';

/** Long enough for a slow link to answer, short enough that an offline start stays snappy. */
export const REMOTE_PROBE_TIMEOUT_MS = 5_000;

/**
 * Asks the model host for one small file before transformers.js starts downloading, because
 * its own fetch has no timeout: behind a firewall that drops packets it would wait minutes.
 * Resolves when the host serves the file; otherwise rejects with a reason fit for a person.
 */
export async function probeRemote(url: string, timeoutMs = REMOTE_PROBE_TIMEOUT_MS): Promise<void> {
  const host = new URL(url).origin;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') {
      throw new Error(`${host} did not answer within ${Math.round(timeoutMs / 1000)} s`, { cause: error });
    }
    throw new Error(`${host} is unreachable (${networkCode(error)})`, { cause: error });
  }
  await response.body?.cancel();
  if (response.ok) return;
  if (response.status === 401 || response.status === 404) {
    throw new Error(`${host} has no such model (HTTP ${response.status})`);
  }
  throw new Error(`${host} answered HTTP ${response.status}`);
}

/** undici hides the useful part (ENOTFOUND, ECONNREFUSED…) in `cause` behind "fetch failed". */
function networkCode(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return briefReason(cause ?? error);
}
