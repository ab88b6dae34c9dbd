// Runs in the browser before the application's own code (Next.js instrumentation-client).
//
// Zod 4 probes whether it may compile validators with `new Function` the first time an object schema is built.
// Our Content-Security-Policy forbids eval, so the probe is reported as a CSP violation even though zod catches
// the error. `jitless` makes zod skip the probe and validate without generated code; it must be set before any
// schema (the forms', the editors', the engine's) is constructed, which is why it lives here.
import { config } from "zod";

config({ jitless: true });
