// Runs TypeScript sources directly: SWC compiles on load (decorator metadata, tsconfig paths).
import '@swc-node/register/esm-register';
