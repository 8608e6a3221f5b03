/**
 * Writes a tiny BERT-shaped embedding model in exactly the layout transformers.js loads
 * (config.json, tokenizer.json, tokenizer_config.json, onnx/model_quantized.onnx), so the
 * real pipeline (tokenise → ONNX Runtime → pool → normalise) can be tested offline.
 *
 * The "model" is an int8 word-embedding table behind DequantizeLinear → Gather, plus a
 * token-type embedding. Every token gets a random direction scaled by an IDF-like weight,
 * so mean pooling yields a weighted bag of words: texts that share content words end up
 * close, which is enough for retrieval tests to be meaningful. The vocabulary holds the
 * corpus' words plus single characters (and their `##` continuations), so any Arabic or
 * Latin text tokenises without [UNK]. Output is deterministic for a given corpus and seed.
 *
 * Usage: tsx scripts/make-tiny-model.ts [outDir] [corpus.txt ...]
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { BertTokenizer } from '@xenova/transformers';
import onnxProto from 'onnx-proto';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

const { onnx } = onnxProto;
const stopwords = createRequire(import.meta.url)('stopwords-iso') as Record<'ar' | 'en', string[]>;

export const TINY_MODEL_DEFAULTS = {
  outDir: 'test/fixtures/tiny-model',
  corpusFiles: ['data/article.txt'],
  /**
   * Random directions in few dimensions are far from orthogonal: at 64 the cross-talk of a
   * 40-token sentence drowns the few words it shares with a question. 128 keeps it well below.
   */
  hidden: 128,
  seed: 20240917,
} as const;

export interface TinyModelOptions {
  readonly outDir: string;
  /** Texts whose words become whole-word tokens. */
  readonly corpus: readonly string[];
  readonly hidden?: number;
  readonly seed?: number;
}

const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;
const SUBWORD_PREFIX = '##';
const MAX_LENGTH = 512;
/** The e5 prefixes are tokenised like any text, so their words must not fall apart into letters. */
const EXTRA_WORDS = ['query', 'passage'];
/** Latin letters, digits and common punctuation are always present, so questions tokenise without [UNK]. */
const ALWAYS_CHARS = [...'abcdefghijklmnopqrstuvwxyz0123456789.,:;!?()"\'-؟،؛«»'];

const BERT_NORMALIZER = { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true };
const BERT_PRE_TOKENIZER = { type: 'BertPreTokenizer' };

/**
 * Splitting the corpus with transformers.js' own normaliser and pre-tokeniser guarantees
 * that the vocabulary's words are exactly the units the tokenizer will later look up.
 */
function splitWords(corpus: readonly string[]): string[] {
  const splitter = new BertTokenizer(
    tokenizerJson({ '[UNK]': 0 }),
    { unk_token: '[UNK]', model_max_length: MAX_LENGTH },
  );
  return corpus.flatMap((text) => splitter.pre_tokenizer(splitter.normalizer(text)));
}

interface Vocabulary {
  readonly tokens: readonly string[];
  /** Relative weight of each token's vector: rare words dominate the mean, as in tf-idf. */
  readonly weights: readonly number[];
}

function buildVocabulary(corpus: readonly string[]): Vocabulary {
  const words = [...splitWords(corpus), ...EXTRA_WORDS];
  // One article is too small for document frequencies to tell function words apart.
  const functionWords = new Set(splitWords([[...stopwords.ar, ...stopwords.en].join(' ')]));
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);

  const chars = [...new Set([...ALWAYS_CHARS, ...words.flatMap((w) => [...w])])].sort();
  const wholeWords = [...counts.keys()]
    .filter((w) => [...w].length > 1)
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));

  const tokens = [...SPECIAL_TOKENS, ...chars, ...chars.map((c) => SUBWORD_PREFIX + c), ...wholeWords];
  const maxCount = Math.max(...counts.values());
  const weightOf = (token: string): number => {
    switch (token) {
      // Padding gets a large vector on purpose: a pooling that ignores the attention mask shows at once.
      case '[PAD]':
        return 1;
      case '[CLS]':
      case '[SEP]':
        return 0.05;
      default: {
        const count = counts.get(token);
        if (count === undefined || [...token].length === 1 || functionWords.has(token)) return 0.3;
        return 0.3 + Math.log(maxCount / count);
      }
    }
  };
  return { tokens, weights: tokens.map(weightOf) };
}

function tokenizerJson(vocab: Record<string, number>): object {
  const specialId = (token: string): number => vocab[token] ?? 0;
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.filter((t) => t in vocab).map((content) => ({
      id: specialId(content),
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: BERT_NORMALIZER,
    pre_tokenizer: BERT_PRE_TOKENIZER,
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: Object.fromEntries(
        ['[CLS]', '[SEP]'].map((t) => [t, { id: t, ids: [specialId(t)], tokens: [t] }]),
      ),
    },
    decoder: { type: 'WordPiece', prefix: SUBWORD_PREFIX, cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: SUBWORD_PREFIX,
      max_input_chars_per_word: 100,
      vocab,
    },
  };
}

/** Random directions, scaled per token and quantised to int8 with one per-tensor scale. */
function embeddingTable(weights: readonly number[], hidden: number, seed: number): { data: Int8Array; scale: number } {
  const rng = xoroshiro128plus(seed);
  const rows = weights.map((weight) => {
    const raw = Array.from({ length: hidden }, () => uniformInt(rng, -1000, 1000));
    const norm = Math.hypot(...raw) || 1;
    return raw.map((v) => (v / norm) * weight);
  });
  const maxAbs = rows.flat().reduce((max, v) => Math.max(max, Math.abs(v)), 0);
  const scale = maxAbs / 127;
  const data = Int8Array.from(rows.flat(), (v) => Math.round(v / scale));
  return { data, scale };
}

function onnxModel(vocabSize: number, hidden: number, seed: number, weights: readonly number[]): Uint8Array {
  const { TensorProto } = onnx;
  const { data, scale } = embeddingTable(weights, hidden, seed);
  // Token type 0 gets a faint constant direction, as BERT's segment embedding does.
  const typeTable = new Float32Array(2 * hidden).map((_, i) => (i < hidden ? 0.01 : -0.01));

  const int64Input = (name: string): onnxProto.onnx.IValueInfoProto => ({
    name,
    type: {
      tensorType: {
        elemType: TensorProto.DataType.INT64,
        shape: { dim: [{ dimParam: 'batch' }, { dimParam: 'sequence' }] },
      },
    },
  });

  const graph: onnxProto.onnx.IGraphProto = {
    name: 'tiny-bert',
    input: [int64Input('input_ids'), int64Input('attention_mask'), int64Input('token_type_ids')],
    output: [
      {
        name: 'last_hidden_state',
        type: {
          tensorType: {
            elemType: TensorProto.DataType.FLOAT,
            shape: { dim: [{ dimParam: 'batch' }, { dimParam: 'sequence' }, { dimValue: hidden }] },
          },
        },
      },
    ],
    initializer: [
      { name: 'word_embeddings_q', dataType: TensorProto.DataType.INT8, dims: [vocabSize, hidden], rawData: new Uint8Array(data.buffer) },
      { name: 'word_embeddings_scale', dataType: TensorProto.DataType.FLOAT, dims: [], floatData: [scale] },
      { name: 'word_embeddings_zero_point', dataType: TensorProto.DataType.INT8, dims: [], rawData: new Uint8Array([0]) },
      { name: 'token_type_embeddings', dataType: TensorProto.DataType.FLOAT, dims: [2, hidden], rawData: new Uint8Array(typeTable.buffer) },
    ],
    node: [
      {
        opType: 'DequantizeLinear',
        input: ['word_embeddings_q', 'word_embeddings_scale', 'word_embeddings_zero_point'],
        output: ['word_embeddings'],
        name: 'dequantize_word_embeddings',
      },
      { opType: 'Gather', input: ['word_embeddings', 'input_ids'], output: ['words'], name: 'gather_words' },
      { opType: 'Gather', input: ['token_type_embeddings', 'token_type_ids'], output: ['types'], name: 'gather_types' },
      { opType: 'Add', input: ['words', 'types'], output: ['last_hidden_state'], name: 'add_embeddings' },
    ],
  };

  return onnx.ModelProto.encode({
    irVersion: 7,
    producerName: 'make-tiny-model',
    opsetImport: [{ domain: '', version: 13 }],
    graph,
  }).finish();
}

export interface TinyModelFiles {
  readonly dir: string;
  readonly vocabSize: number;
  readonly hidden: number;
}

export async function makeTinyModel(options: TinyModelOptions): Promise<TinyModelFiles> {
  const hidden = options.hidden ?? TINY_MODEL_DEFAULTS.hidden;
  const seed = options.seed ?? TINY_MODEL_DEFAULTS.seed;
  const { tokens, weights } = buildVocabulary(options.corpus);
  const vocab = Object.fromEntries(tokens.map((t, i) => [t, i]));

  const config = {
    _name_or_path: 'tiny-bert-ar',
    architectures: ['BertModel'],
    model_type: 'bert',
    hidden_size: hidden,
    num_hidden_layers: 0,
    num_attention_heads: 1,
    intermediate_size: hidden,
    max_position_embeddings: MAX_LENGTH,
    type_vocab_size: 2,
    vocab_size: tokens.length,
    pad_token_id: 0,
  };
  const tokenizerConfig = {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: MAX_LENGTH,
    unk_token: '[UNK]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    cls_token: '[CLS]',
    mask_token: '[MASK]',
  };

  const dir = options.outDir;
  await mkdir(path.join(dir, 'onnx'), { recursive: true });
  const json = (value: object): string => `${JSON.stringify(value, null, 1)}\n`;
  await Promise.all([
    writeFile(path.join(dir, 'config.json'), json(config)),
    writeFile(path.join(dir, 'tokenizer_config.json'), json(tokenizerConfig)),
    // Compact: the vocabulary is most of this file and nobody reads it by eye.
    writeFile(path.join(dir, 'tokenizer.json'), `${JSON.stringify(tokenizerJson(vocab))}\n`),
    writeFile(path.join(dir, 'onnx', 'model_quantized.onnx'), onnxModel(tokens.length, hidden, seed, weights)),
  ]);
  return { dir, vocabSize: tokens.length, hidden };
}

async function main(argv: readonly string[]): Promise<void> {
  const [outDir = TINY_MODEL_DEFAULTS.outDir, ...files] = argv;
  const corpusFiles = files.length > 0 ? files : TINY_MODEL_DEFAULTS.corpusFiles;
  const corpus = await Promise.all(corpusFiles.map((f) => readFile(f, 'utf8')));
  const made = await makeTinyModel({ outDir, corpus });
  console.log(`Wrote a ${made.vocabSize}-token, ${made.hidden}-dim tiny model to ${made.dir}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
