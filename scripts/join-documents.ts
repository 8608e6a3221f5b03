/**
 * Writes a SQuAD file whose documents each have one paragraph: all of a document's paragraphs
 * joined, with all of its questions. Asked against it, every sentence competes with its whole
 * document's, as in XQuAD's long paragraphs, so the choice between sentences can be tuned on a
 * tuning set (arcd-train) rather than on a set kept for reporting.
 *   npx tsx scripts/join-documents.ts ../shared/eval/arcd-train.json arcd-joined.json
 */
import { readFile, writeFile } from 'node:fs/promises';

interface Paragraph {
  readonly context: string;
  readonly qas: readonly unknown[];
}
interface Squad {
  readonly data: readonly { readonly title?: string; readonly paragraphs: readonly Paragraph[] }[];
}

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: npx tsx scripts/join-documents.ts IN.json OUT.json');
const squad = JSON.parse(await readFile(input, 'utf8')) as Squad;
const data = squad.data.map(({ title, paragraphs }) => ({
  title,
  paragraphs: [{ context: paragraphs.map((p) => p.context.trim()).join(' '), qas: paragraphs.flatMap((p) => p.qas) }],
}));
await writeFile(output, JSON.stringify({ version: '1.1', data }));
console.log(`${data.length} documents, ${data.reduce((n, d) => n + d.paragraphs[0]!.qas.length, 0)} questions → ${output}`);
