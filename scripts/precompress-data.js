/**
 * Writes `<file>.br` and `<file>.gz` beside each Parquet table of a build, as the static adapter
 * does for html/js/css (it skips other extensions). The tables are stored uncompressed so the
 * browser decodes them fast; on the wire they travel compressed.
 * Plain JavaScript: svelte.config.js imports it.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/** @param {string} dir */
export async function precompressData(dir) {
	const files = (await readdir(dir)).filter((f) => f.endsWith('.parquet'));
	await Promise.all(
		files.flatMap((f) => {
			const file = join(dir, f);
			return [
				stat(file).then(({ size }) =>
					pipeline(
						createReadStream(file),
						zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size } }),
						createWriteStream(`${file}.br`)
					)
				),
				pipeline(createReadStream(file), zlib.createGzip({ level: zlib.constants.Z_BEST_COMPRESSION }), createWriteStream(`${file}.gz`))
			];
		})
	);
}
