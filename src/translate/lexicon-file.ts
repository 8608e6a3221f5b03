/**
 * On-disk codec of the bilingual lexicon, shared by the build script and the loader.
 *
 * Gzipped TSV rather than JSON: the loader runs at every bot start, and splitting 86k lines is
 * several times faster than JSON.parse plus building a Map from the result.
 *
 *   # eng-ara-lexicon/1 <source>
 *   headword<TAB>arabic 1<TAB>arabic 2 …
 */

/** Bumped whenever the layout changes, so a stale artefact fails loudly instead of half-working. */
export const LEXICON_FORMAT = 'eng-ara-lexicon/1';
const HEADER_PREFIX = `# ${LEXICON_FORMAT}`;

/** Entries in the given order; keys and translations must not contain tabs or newlines. */
export function serializeLexicon(source: string, entries: Iterable<readonly [string, readonly string[]]>): string {
  const lines = [`${HEADER_PREFIX} ${source}`];
  for (const [key, translations] of entries) {
    const fields = [key, ...translations];
    if (fields.some((f) => /[\t\n]/.test(f) || f === '')) throw new Error(`unserialisable lexicon entry ${JSON.stringify(fields)}`);
    lines.push(fields.join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Headword → its translations still tab-joined: most entries are never looked up, so splitting
 * waits until one is. Throws on anything that is not this format.
 */
export function parseLexicon(text: string): Map<string, string> {
  const firstNewline = text.indexOf('\n');
  const header = firstNewline < 0 ? text : text.slice(0, firstNewline);
  if (!header.startsWith(HEADER_PREFIX)) {
    throw new Error(`expected a "${HEADER_PREFIX}" header, found ${JSON.stringify(header.slice(0, 60))}`);
  }
  const entries = new Map<string, string>();
  let lineNo = 1;
  for (let start = firstNewline + 1; start > 0 && start < text.length; lineNo++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab <= start || tab >= end - 1) throw new Error(`line ${lineNo + 1} is not "headword<TAB>translation…"`);
    entries.set(text.slice(start, tab), text.slice(tab + 1, end));
    start = end + 1;
  }
  return entries;
}
