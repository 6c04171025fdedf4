import { defineConfig } from 'vite';

// Built files are committed under the API's wwwroot and served at /graphiql/…; GET /graphql returns index.html.
export default defineConfig({
  base: '/graphiql/',
  // Monaco's workers split into chunks, which only the ES format allows.
  worker: { format: 'es' },
  build: {
    outDir: '../../src/Matchmaking.Api/wwwroot/graphiql',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
  },
});
