/**
 * npm run models
 * Downloads EMBEDDING_MODEL into MODELS_DIR with a progress bar and verifies that it loads
 * from there. Safe to repeat; offline it fails within seconds with one line and exit code 1.
 * Runs regardless of ALLOW_MODEL_DOWNLOAD, which only governs downloads at bot start.
 */
import { MultiBar, Presets, type SingleBar } from 'cli-progress';

import { displayPath } from '../embed/shared-model.js';
import { installModel } from '../embed/install.js';
import type { LoadProgress } from '../embed/model.js';
import { embeddingSettings } from '../embed/settings.js';
import { runCli } from './run-cli.js';

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One bar per downloaded file, created when its size is first known. */
function progressBars(): { onProgress: (event: LoadProgress) => void; stop: () => void } {
  const multibar = new MultiBar(
    {
      format: ' {bar} {percentage}% | {size} | {file}',
      hideCursor: true,
      clearOnComplete: false,
      // Docker build logs are not a TTY: print a line every few seconds instead of redrawing.
      noTTYOutput: true,
      notTTYSchedule: 5_000,
      stream: process.stderr,
    },
    Presets.shades_classic,
  );
  const bars = new Map<string, SingleBar>();
  const onProgress = (event: LoadProgress): void => {
    if (!event.file || (event.status !== 'progress' && event.status !== 'done')) return;
    const bar = bars.get(event.file);
    if (event.status === 'done') {
      bar?.update(bar.getTotal());
      return;
    }
    const total = Math.max(event.total ?? 0, event.loaded ?? 0, 1);
    const payload = { file: event.file, size: `${size(event.loaded ?? 0)} of ${size(total)}` };
    if (bar) {
      bar.setTotal(total);
      bar.update(event.loaded ?? 0, payload);
    } else {
      bars.set(event.file, multibar.create(total, event.loaded ?? 0, payload));
    }
  };
  return { onProgress, stop: () => multibar.stop() };
}

await runCli(async (log, config) => {
  const settings = embeddingSettings(config);
  const bars = progressBars();
  const result = await installModel(settings, { log, onProgress: bars.onProgress }).finally(bars.stop);
  const where = displayPath(result.dir);
  process.stdout.write(
    result.status === 'present'
      ? `${settings.modelId} is already in ${where} and loads (${result.dims} dimensions).\n`
      : `${settings.modelId} downloaded to ${where} and verified (${result.dims} dimensions).\n`,
  );
});
