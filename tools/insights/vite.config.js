import { defineConfig } from 'vite';

// Built files are committed under the API's wwwroot and served at /insights/assets/…; the page is server-rendered.
export default defineConfig({
  base: '/insights/',
  build: {
    outDir: '../../src/Matchmaking.Api/wwwroot/insights',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      input: 'src/main.js',
      // A fixed name: the server-rendered page links it without reading a manifest.
      output: { entryFileNames: 'assets/insights.js', chunkFileNames: 'assets/[name].js', assetFileNames: 'assets/[name][extname]' },
    },
  },
});
