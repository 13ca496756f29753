// Builds the main process and the preload into dist-electron/ with esbuild.
//
// - main.js: ESM (the repository is "type": "module"; Electron 38 runs an ESM
//   main process), everything bundled except Electron itself and the native
//   better-sqlite3, which electron-builder rebuilds for Electron's ABI and
//   ships unpacked. Bundled CommonJS code still gets a working `require`.
// - preload.cjs (the workspace) and phone-preload.cjs (the hidden phone
//   window): CommonJS for the browser platform, because a sandboxed preload
//   cannot load ES modules and may only require('electron').
//
// Run: npm run build:electron
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist-electron`;

await rm(outdir, { recursive: true, force: true });

await Promise.all([
  build({
    absWorkingDir: root,
    entryPoints: ['electron/main.ts'],
    outfile: `${outdir}/main.js`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Electron 38 ships Node 22.
    target: 'node22',
    // ws's optional native helpers are looked up in try/catch at run time.
    external: ['electron', 'better-sqlite3', 'bufferutil', 'utf-8-validate'],
    banner: {
      js: "import { createRequire as __deskCreateRequire } from 'node:module'; const require = __deskCreateRequire(import.meta.url);",
    },
    sourcemap: true,
    logLevel: 'info',
  }),
  ...(['preload', 'phone-preload'] as const).map((name) =>
    build({
      absWorkingDir: root,
      entryPoints: [`electron/${name}.ts`],
      outfile: `${outdir}/${name}.cjs`,
      bundle: true,
      platform: 'browser',
      format: 'cjs',
      // Electron 38 ships Chromium 140.
      target: 'chrome140',
      external: ['electron'],
      sourcemap: true,
      logLevel: 'info',
    }),
  ),
]);
