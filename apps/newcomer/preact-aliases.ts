// This app ships Preact, not React: the app is written against React's API (hooks only, typed by
// @types/react) and these aliases swap in preact/compat at build and in Vitest alike, so the tests
// exercise what ships. See docs/adr/0007-newcomer-app-on-preact.md. Exact matches only
// (`^...$`): `react-dom/client` must not be caught by the `react-dom` alias.
export const preactAliases = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
];
