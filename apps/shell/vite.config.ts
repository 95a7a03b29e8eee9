import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { federation } from '@module-federation/vite';
import pkg from './package.json' with { type: 'json' };

const GATEWAY = 'http://localhost:3000';

// Must match every remote's declaration: one React per page, or hooks break ("Invalid hook call").
// The subpath keys (`react/`, `react-dom/`) cover react/jsx-runtime and react-dom/client.
const singleton = (version: string) => ({ singleton: true, requiredVersion: version });

export default defineConfig({
  // Absolute asset URLs: the gateway answers every unknown path with index.html (SPA fallback).
  base: '/',
  plugins: [
    react(),
    federation({
      name: 'shell',
      // No build-time remotes: each location's composition (GET /api/composition/:location)
      // decides at runtime which remotes to register and load.
      remotes: {},
      shared: {
        react: singleton(pkg.dependencies.react),
        'react/': singleton(pkg.dependencies.react),
        'react-dom': singleton(pkg.dependencies['react-dom']),
        'react-dom/': singleton(pkg.dependencies['react-dom']),
      },
      dts: false,
    }),
  ],
  server: {
    port: 5173,
    // Development against a locally running gateway; same origin keeps the session cookie.
    proxy: { '/trpc': GATEWAY, '/api': GATEWAY, '/remotes': GATEWAY },
  },
  preview: { port: 4173 },
  build: { target: 'es2022' },
});
