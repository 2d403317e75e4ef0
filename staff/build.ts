import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';

/**
 * Builds the staff app (staff/src, React + Fluent UI v9) with esbuild into dist/staff: index.html
 * (a template: the service fills in the CSP nonce per request) and content-hashed assets in
 * dist/staff/static. `npm run build:staff` runs it; the test setup runs it when the build is
 * missing or older than its sources.
 */

const repoRoot = join(__dirname, '..');
export const staffDistDir = join(repoRoot, 'dist', 'staff');
const indexPath = join(staffDistDir, 'index.html');
/** What the bundle is made of: a change to any of these makes the build stale. */
const sources = [join(repoRoot, 'staff', 'src'), join(repoRoot, 'src', 'domain'), join(repoRoot, 'staff', 'build.ts'), join(repoRoot, 'package-lock.json')];

export interface StaffBuildReport {
  /** The files a first visit loads (the entry script, the chunks it imports statically, its CSS). */
  readonly firstLoad: ReadonlyArray<{ readonly file: string; readonly bytes: number; readonly gzipBytes: number }>;
  readonly firstLoadGzipBytes: number;
}

/** Builds the app: minified, production React, no source maps unless asked (`--sourcemap`). */
export async function buildStaffApp(options: { readonly sourcemap?: boolean } = {}): Promise<StaffBuildReport> {
  rmSync(staffDistDir, { recursive: true, force: true });
  const staticDir = join(staffDistDir, 'static');
  mkdirSync(staticDir, { recursive: true });
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: { app: 'staff/src/main.tsx' },
    bundle: true,
    // ES modules so that teams-js, needed only in the Teams tab, is a chunk loaded on demand.
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: ['es2022'],
    jsx: 'automatic',
    minify: true,
    sourcemap: options.sourcemap === true ? 'linked' : false,
    define: { 'process.env.NODE_ENV': '"production"' },
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    assetNames: '[name]-[hash]',
    outdir: staticDir,
    metafile: true,
    logLevel: 'warning',
    plugins: [englishOnlyZodLocales],
  });
  const entry = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint === 'staff/src/main.tsx');
  if (entry === undefined) throw new Error('esbuild produced no entry script for staff/src/main.tsx');
  const [entryPath, entryOutput] = entry;
  const urlOf = (path: string) => `/staff/static/${relative(staticDir, join(repoRoot, path))}`;
  const css = entryOutput.cssBundle === undefined ? '' : `\n<link rel="stylesheet" href="${urlOf(entryOutput.cssBundle)}">`;
  writeFileSync(
    indexPath,
    `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csp-nonce" content="{{nonce}}">
<link rel="icon" href="data:,">
<title>Living Well staff</title>${css}
<script type="module" src="${urlOf(entryPath)}"></script>
</head>
<body>
<div id="root"></div>
<noscript><p>The staff app needs JavaScript. Please turn it on, or use a browser that has it.</p></noscript>
</body>
</html>
`,
  );
  const firstLoad = firstLoadFiles(result.metafile, entryPath).map((path) => {
    const content = readFileSync(join(repoRoot, path));
    return { file: relative(repoRoot, join(repoRoot, path)), bytes: content.length, gzipBytes: gzipSync(content).length };
  });
  return { firstLoad, firstLoadGzipBytes: firstLoad.reduce((sum, file) => sum + file.gzipBytes, 0) };
}

/**
 * zod's `z` namespace re-exports every locale's messages (`z.locales`), which esbuild cannot drop:
 * about 260 KB of the bundle. The app uses only English (zod's default), so the locales index is
 * replaced by one that has English alone.
 */
const englishOnlyZodLocales: Plugin = {
  name: 'english-only-zod-locales',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: join(args.resolveDir, args.path, '..', 'en.js'), namespace: 'zod-locales' } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: repoRoot,
      loader: 'js',
    }));
  },
};

/** The entry script, every chunk it imports statically (not `import()`), and its CSS. */
function firstLoadFiles(metafile: Metafile, entryPath: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const output = metafile.outputs[path];
    for (const imported of output?.imports ?? []) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entryPath);
  const cssBundle = metafile.outputs[entryPath]?.cssBundle;
  return [...seen, ...(cssBundle === undefined ? [] : [cssBundle])];
}

/** True when dist/staff is missing or older than any of its sources. */
export function staffAppIsStale(): boolean {
  let built: number;
  try {
    built = statSync(indexPath).mtimeMs;
  } catch {
    return true;
  }
  return sources.some((source) => newestChange(source) > built);
}

function newestChange(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === undefined) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** `npm run build:staff [-- --sourcemap]`: builds and prints what a first visit downloads. */
async function main(): Promise<void> {
  const report = await buildStaffApp({ sourcemap: process.argv.includes('--sourcemap') });
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const file of report.firstLoad) console.log(`  ${file.file}: ${kb(file.bytes)} (${kb(file.gzipBytes)} gzipped)`);
  console.log(`staff app built in dist/staff: first load ${kb(report.firstLoadGzipBytes)} gzipped (budget 300 KB)`);
  if (report.firstLoadGzipBytes > 300 * 1024) throw new Error('the staff app is over its first-load budget of 300 KB gzipped');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
