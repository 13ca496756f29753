// Builds the workspace UI to renderer/dist. `base: './'` keeps every asset
// path relative, so the same build works under app://desk/ (Electron) and
// http://127.0.0.1:<port>/ (browser mode). Nothing is inlined: the production
// CSP allows scripts and styles from 'self' only.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: true,
    target: 'chrome128',
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
