import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The console is served by the API under /console/; in development Vite proxies GraphQL to a local API. */
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': { target: 'http://localhost:4200', changeOrigin: true, ws: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
