/**
 * node scripts/parallel.js "<command>" "<command>" …
 *
 * Runs the commands at the same time and prints each one's output, whole, when it ends; exits
 * non-zero if any failed. `npm test` lints while it builds: linting takes ~1 core for ~45 s,
 * the build ~1.2 cores for ~60 s, and one after the other they left a core idle for most of
 * 100 s of a two-core machine. Plain JavaScript: no tsx start-up.
 */
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
	console.error('usage: node scripts/parallel.js "<command>" "<command>" …');
	process.exit(2);
}

console.log(`Running at once (each one's output follows when it ends): ${commands.join(' | ')}`);
const results = await Promise.all(
	commands.map(
		(command) =>
			new Promise((resolve) => {
				const started = Date.now();
				const child = spawn(command, { shell: true, env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } });
				/** @type {Buffer[]} */
				const output = [];
				child.stdout.on('data', (b) => output.push(b));
				child.stderr.on('data', (b) => output.push(b));
				child.on('close', (code, signal) => {
					const seconds = ((Date.now() - started) / 1000).toFixed(1);
					process.stdout.write(`\n── ${command} (${seconds} s, ${signal ? `killed by ${signal}` : `exit ${code}`}) ──\n`);
					process.stdout.write(Buffer.concat(output));
					resolve(code === 0 && !signal);
				});
			})
	)
);
const failed = commands.filter((_, i) => !results[i]);
if (failed.length) {
	console.error(`\nFailed: ${failed.join(', ')}`);
	process.exit(1);
}
