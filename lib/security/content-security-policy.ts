// The Content-Security-Policy for the app's pages. Scripts: same-origin files, inline scripts only with
// the request's nonce (Next.js adds it to the scripts of pages rendered per request) or by hash (the
// inline scripts of prerendered static pages). No 'unsafe-inline', no inline event handlers, no eval in
// production, no framing, no plugins.

export interface CspOptions {
  nonce: string;
  /** Next's development server needs eval for its error overlay; production never does. */
  development: boolean;
  /** Add upgrade-insecure-requests (only when served over HTTPS, or plain-HTTP hosts break). */
  https: boolean;
  /** `'sha256-…'` sources for a prerendered page's inline scripts. */
  scriptHashes?: readonly string[];
}

export function buildContentSecurityPolicy({ nonce, development, https, scriptHashes = [] }: CspOptions): string {
  if (!/^[A-Za-z0-9+/_=-]{16,}$/.test(nonce)) throw new Error("The CSP nonce must be base64 and at least 16 characters");
  for (const hash of scriptHashes) {
    if (!/^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/.test(hash)) throw new Error(`Not a CSP hash source: ${hash}`);
  }
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, ...scriptHashes, ...(development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", ...(development ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...(development ? ["ws:"] : [])],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ["manifest-src", "'self'"],
    ["worker-src", "'self'", "blob:"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((parts) => parts.join(" ")).join("; ");
}

/** A fresh nonce: 16 random bytes, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
