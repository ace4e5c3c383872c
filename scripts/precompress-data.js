/**
 * Writes `<file>.br` and `<file>.gz` beside each Parquet table of a folder (brotli quality 11,
 * gzip 9). The tables are stored uncompressed so the browser decodes them fast; on the wire they
 * travel compressed. A build does this as part of scripts/precompress.js, which also caches the
 * results by content, so a rebuild with unchanged data does not compress them again.
 * Plain JavaScript: it shares scripts/precompress.js with svelte.config.js.
 */
import { precompress } from './precompress.js';

/** @param {string} dir */
export async function precompressData(dir) {
	await precompress(dir, { only: (f) => f.endsWith('.parquet') });
}
