import { defineConfig } from 'vite';
import { preactAliases } from './preact-aliases';

const GATEWAY = 'http://localhost:3000';

// A standalone app (not federated): the gateway serves it at /newcomer/, and it must stay small
// enough for a cheap phone on a slow connection (≤ 60 KB of initial JS gzipped), hence Preact
// behind React's import names. No React plugin: Vite's own transform compiles the JSX (automatic
// runtime), and there is no fast refresh in dev (a change reloads the page).
export default defineConfig({
  base: '/newcomer/',
  resolve: { alias: preactAliases },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { port: 5180, proxy: { '/trpc': GATEWAY } },
  preview: { port: 4180 },
  build: { target: 'es2022' },
});
