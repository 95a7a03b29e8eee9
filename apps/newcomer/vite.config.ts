import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const GATEWAY = 'http://localhost:3000';

// A standalone app (not federated): the gateway serves it at /newcomer/, and it must stay small
// enough for a cheap phone on a slow connection.
export default defineConfig({
  base: '/newcomer/',
  plugins: [react()],
  server: { port: 5180, proxy: { '/trpc': GATEWAY } },
  preview: { port: 4180 },
  build: { target: 'es2022' },
});
