/**
 * The model cannot be used: absent and not downloadable, unreachable host, corrupt file,
 * too slow to load. The message is one sentence meant for a person, never a stack trace;
 * the underlying error stays in `cause` for debug logs.
 */
export class ModelUnavailableError extends Error {
  override name = 'ModelUnavailableError';

  constructor(
    readonly modelId: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`embedding model ${modelId} is unavailable: ${reason}`, options);
  }
}

/** First line of an error's message: transformers.js and onnxruntime append stacks and dumps. */
export function briefReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() || 'unknown error';
}
