// @types/node 20 does not declare the WebAssembly global (TypeScript has it only in lib.dom,
// which a Node package must not pull in). Just what this package uses.
declare namespace WebAssembly {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Module {}
  interface Instance {
    readonly exports: Record<string, unknown>;
  }
  function compile(bytes: Uint8Array): Promise<Module>;
  function instantiate(
    bytes: Uint8Array,
    imports?: Record<string, Record<string, unknown>>,
  ): Promise<{ module: Module; instance: Instance }>;
}
