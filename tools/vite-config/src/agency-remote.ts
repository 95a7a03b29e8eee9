import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { federation } from '@module-federation/vite';

/** Where `vite dev` of a remote sends /trpc and /api: a locally running gateway. */
const GATEWAY = 'http://localhost:3000';

export type AgencyRemoteOptions = {
  /** The Module Federation name, as in the remote catalogue, e.g. 'caseworker_af'. */
  scope: string;
  /** The remote's own package.json dependencies: React's versions are taken from there. */
  dependencies: { react: string; 'react-dom': string };
  /** `vite` and `vite preview` ports, unique per remote so that several run side by side. */
  devPort: number;
  previewPort: number;
};

/**
 * React must be one instance per page, or hooks break ("Invalid hook call"). The subpath keys
 * (`react/`, `react-dom/`) cover react/jsx-runtime and react-dom/client. The shell declares the
 * same; the versions come from each side's package.json.
 */
export function sharedReact(dependencies: AgencyRemoteOptions['dependencies']) {
  const singleton = (version: string) => ({ singleton: true, requiredVersion: version });
  return {
    react: singleton(dependencies.react),
    'react/': singleton(dependencies.react),
    'react-dom': singleton(dependencies['react-dom']),
    'react-dom/': singleton(dependencies['react-dom']),
  };
}

/**
 * The configuration of an agency remote: it exposes './App' (a component taking RemoteProps)
 * through mf-manifest.json. One function, so the six remotes (and the generator's template)
 * cannot drift apart on the details that make federation work.
 */
export function agencyRemoteConfig(options: AgencyRemoteOptions): UserConfig {
  return defineConfig({
    // Relative asset URLs: the same build is served from /remotes/<id>/ by the gateway, from a
    // composed static deployment or a CDN, or from `vite preview` at the root, without a rebuild.
    base: './',
    plugins: [
      react(),
      federation({
        name: options.scope,
        filename: 'remoteEntry.js',
        manifest: true,
        // 'auto': the runtime resolves chunks relative to where mf-manifest.json was fetched.
        publicPath: 'auto',
        exposes: { './App': './src/App.tsx' },
        shared: sharedReact(options.dependencies),
        // No type archive: the shell consumes RemoteProps from @motesplats/contracts instead.
        dts: false,
      }),
    ],
    server: {
      port: options.devPort,
      // Standalone development talks to a locally running gateway; same origin keeps the cookie.
      proxy: { '/trpc': GATEWAY, '/api': GATEWAY },
    },
    // The shell (another origin in development and in preview) fetches the manifest and chunks.
    preview: { port: options.previewPort, cors: true },
    build: { target: 'es2022' },
  });
}
