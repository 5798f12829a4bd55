/**
 * Bundles the explorer page (GraphiQL with its explorer plugin) into dist/main.js and
 * dist/main.css, fonts included, so that the page loads nothing from any other host.
 * Run by `npm run build:explorer`, or by the gateway on the first request when the bundle is
 * missing or older than its sources.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const explorerDir = path.dirname(fileURLToPath(import.meta.url));
const operationsDir = path.join(explorerDir, 'operations');
export const distDir = path.join(explorerDir, 'dist');

/** What the bundle is made from: a change to any of these makes it stale. */
const sources = [
  path.join(explorerDir, 'src'),
  operationsDir,
  fileURLToPath(import.meta.url),
  // Dependency upgrades show here.
  path.join(explorerDir, '..', 'package.json'),
];

/** The example operations, one `.graphql` file each, in file-name order. */
export function exampleOperations(): { file: string; text: string }[] {
  return readdirSync(operationsDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(operationsDir, file), 'utf8') }));
}

export function bundleIsStale(): boolean {
  const outputs = ['main.js', 'main.css'].map((file) => path.join(distDir, file));
  if (!outputs.every((file) => existsSync(file))) return true;
  const builtAt = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return sources.some((source) => lastChange(source) > builtAt);
}

function lastChange(file: string): number {
  const stats = statSync(file);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(file).map((entry) => lastChange(path.join(file, entry))));
}

export async function buildExplorer(): Promise<{ durationMs: number; bytes: number }> {
  // esbuild is a devDependency: a gateway whose bundle is built never loads it.
  const { build } = await import('esbuild');
  const started = performance.now();
  const result = await build({
    entryPoints: { main: path.join(explorerDir, 'src', 'main.tsx') },
    outdir: distDir,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    jsx: 'automatic',
    metafile: true,
    logLevel: 'warning',
    define: {
      'process.env.NODE_ENV': '"production"',
      EXAMPLE_OPERATIONS: JSON.stringify(exampleOperations().map(({ text }) => text)),
    },
  });
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  return { durationMs: Math.round(performance.now() - started), bytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { durationMs, bytes } = await buildExplorer();
  console.log(`explorer bundle: ${(bytes / 2 ** 20).toFixed(1)} MiB in ${durationMs} ms, in ${distDir}`);
}
