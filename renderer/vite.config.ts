import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: rendererRoot,
  // Relative asset URLs, so the same build works from the browser host (http://127.0.0.1:PORT/) and from
  // Electron's custom protocol (app://studio/).
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // The CSP allows only 'self' for scripts and styles: nothing may be inlined into index.html, and no asset
    // may turn into a data: URL that font-src would refuse.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    cssCodeSplit: false,
  },
});
