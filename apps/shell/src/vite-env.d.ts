/// <reference types="vite/client" />

interface ImportMetaEnv {
  /**
   * Base URL of the gateway, e.g. 'https://motesplats.example'. Unset: the shell's own origin.
   * runtime-config.js's `gatewayUrl` wins over it (see src/runtime-config.ts).
   */
  readonly VITE_GATEWAY_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

interface Window {
  /** Set by runtime-config.js before the app starts; read by src/config.ts. */
  __MOTESPLATS__?: unknown;
}
