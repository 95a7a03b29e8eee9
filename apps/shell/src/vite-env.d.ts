/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the gateway, e.g. 'https://motesplats.example'. Unset: the shell's own origin. */
  readonly VITE_GATEWAY_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
