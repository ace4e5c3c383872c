// Lint: JavaScript's and TypeScript's recommended rules, Svelte's, and Prettier's formatting
// left to Prettier (`npm run format`).
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', '.svelte-kit-*/', 'static/data/', 'bench/', 'test-results/', 'playwright-report/', 'screenshots/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	},
	{
		rules: {
			// Unused names are mistakes, except a leading underscore that says "on purpose".
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Links are built with resolve() from $app/paths; the rule cannot see through helpers that return resolved paths.
			'svelte/no-navigation-without-resolve': 'off'
		}
	}
);
