import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { federation } from '@module-federation/vite';
import pkg from './package.json' with { type: 'json' };

// The gateway serves the built remote under /remotes/caseworker-af/ and answers /trpc and /api.
const GATEWAY = 'http://localhost:3000';

// React must be one instance per page, or hooks break ("Invalid hook call"). The subpath keys
// (`react/`, `react-dom/`) cover react/jsx-runtime and react-dom/client. The shell declares the same.
const singleton = (version: string) => ({ singleton: true, requiredVersion: version });

export default defineConfig({
  // Relative asset URLs: the same build is served from /remotes/caseworker-af/ by the gateway,
  // from a CDN, or from `vite preview` at the root, without a rebuild.
  base: './',
  plugins: [
    react(),
    federation({
      name: 'caseworker_af',
      filename: 'remoteEntry.js',
      manifest: true,
      // 'auto' makes the runtime resolve chunks relative to where mf-manifest.json was fetched from.
      publicPath: 'auto',
      exposes: { './App': './src/App.tsx' },
      shared: {
        react: singleton(pkg.dependencies.react),
        'react/': singleton(pkg.dependencies.react),
        'react-dom': singleton(pkg.dependencies['react-dom']),
        'react-dom/': singleton(pkg.dependencies['react-dom']),
      },
      // No type archive: the shell consumes RemoteProps from @motesplats/contracts instead.
      dts: false,
    }),
  ],
  server: {
    port: 5174,
    // Standalone development talks to a locally running gateway; same origin keeps the session cookie.
    proxy: { '/trpc': GATEWAY, '/api': GATEWAY },
  },
  // The shell (another origin in development and in this preview) fetches the manifest and chunks.
  preview: { port: 4174, cors: true },
  build: { target: 'es2022' },
});
