// The runtime of this build. This file is Node's; the build for workerd, Deno, Bun and edge runtimes
// (scripts/build.mjs) resolves it to runtime/web.ts instead, so that no Node module is imported there.
export { decryptSensitive, encryptSensitive, runtime } from './node.js'
