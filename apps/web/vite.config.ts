// Vite for the web app: `npm run web:dev` serves it with hot reload and hands GraphQL to the API on
// :3000 (the Host header is kept, so http://alpine.localhost:5173 is the Alpine site);
// `npm run web:build` writes dist/apps/web, which the API serves on every tenant host.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const apiOrigin = process.env.QUARTIER_API_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: {
    host: true,
    // The tenant comes from the host name, so every <slug>.localhost must reach the dev server.
    allowedHosts: ['.localhost'],
    proxy: {
      '/graphql': { target: apiOrigin, changeOrigin: false, ws: true },
      '/platform/graphql': { target: apiOrigin, changeOrigin: false },
    },
  },
});
