import { MicroBatcher } from './batcher.js';
import type { EmbeddingModel } from './model.js';
import type { ArticleVectors } from './vector-cache.js';
import type { DenseScorer } from '../core/engine.js';

/** What the answering core consumes: cosine similarities of a question to every paragraph and sentence. */
export type DenseIndex = DenseScorer;

/** Questions that arrive together share one inference; more than this would make the first wait. */
const QUERY_BATCH_SIZE = 16;
/** Recent questions keep their vectors, so a repeated question (or "Another answer") is not embedded again. */
const REMEMBERED_QUESTIONS = 256;

export class ModelDenseIndex implements DenseIndex {
  readonly modelId: string;
  readonly #queries: MicroBatcher<string, Float32Array>;
  readonly #recent = new Map<string, Promise<Float32Array>>();

  constructor(
    model: EmbeddingModel,
    private readonly vectors: ArticleVectors,
    queryPrefix: string,
  ) {
    this.modelId = model.modelId;
    this.#queries = new MicroBatcher<string, Float32Array>(async (questions) => {
      const flat = await model.embed(questions.map((q) => queryPrefix + q));
      return questions.map((_, i) => flat.slice(i * model.dims, (i + 1) * model.dims));
    }, QUERY_BATCH_SIZE);
  }

  async score(question: string): Promise<{ paragraphs: Float32Array; sentences: Float32Array; embedMs: number }> {
    const started = performance.now();
    const query = await this.#embedQuestion(question);
    const embedMs = performance.now() - started;
    return {
      paragraphs: dotRows(this.vectors.paragraphs, query),
      sentences: dotRows(this.vectors.sentences, query),
      embedMs,
    };
  }

  #embedQuestion(question: string): Promise<Float32Array> {
    const known = this.#recent.get(question);
    if (known) {
      // Re-insert so the Map's insertion order doubles as least-recently-used order.
      this.#recent.delete(question);
      this.#recent.set(question, known);
      return known;
    }
    const embedding = this.#queries.submit(question);
    this.#recent.set(question, embedding);
    embedding.catch(() => this.#recent.delete(question));
    if (this.#recent.size > REMEMBERED_QUESTIONS) {
      const oldest = this.#recent.keys().next().value;
      if (oldest !== undefined) this.#recent.delete(oldest);
    }
    return embedding;
  }
}

/** Rows and query are unit length, so the dot product is the cosine similarity. */
export function dotRows(rows: Float32Array, query: Float32Array): Float32Array {
  const dims = query.length;
  const out = new Float32Array(rows.length / dims);
  for (let r = 0; r < out.length; r++) {
    let sum = 0;
    const offset = r * dims;
    for (let k = 0; k < dims; k++) sum += (rows[offset + k] ?? 0) * (query[k] ?? 0);
    out[r] = sum;
  }
  return out;
}
