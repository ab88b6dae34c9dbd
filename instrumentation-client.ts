// Runs in the browser before the application's own code (Next.js instrumentation-client).
//
// Zod 4 probes whether it may compile validators with `new Function` the first time an object schema is built.
// Our Content-Security-Policy forbids eval, so the probe is reported as a CSP violation even though zod catches
// the error. `jitless` makes zod skip the probe and validate without generated code; it must be set before any
// schema (the forms', the exercise player's, …) is constructed, which is why it lives here.
//
// Set through zod's global config object (zod reads and keeps `globalThis.__zod_globalConfig`, the object its own
// `config()` writes to) rather than by importing zod: an import here put zod's core into every page's first
// script, pages that build no schema included (5 KB gzipped on each lesson page).
const scope = globalThis as typeof globalThis & { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };
