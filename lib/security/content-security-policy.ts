// The Content-Security-Policy for the app's pages: scripts only with the request's nonce (Next.js
// adds it to its own scripts), no inline event handlers, no framing, no plugins.

export interface CspOptions {
  nonce: string;
  /** Next's development server needs eval for its error overlay; production never does. */
  development: boolean;
  /** Add upgrade-insecure-requests (only when served over HTTPS, or plain-HTTP hosts break). */
  https: boolean;
}

export function buildContentSecurityPolicy({ nonce, development, https }: CspOptions): string {
  if (!/^[A-Za-z0-9+/_=-]{16,}$/.test(nonce)) throw new Error("The CSP nonce must be base64 and at least 16 characters");
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
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
