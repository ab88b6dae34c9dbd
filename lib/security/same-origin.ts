// Cross-site request forgery protection for the app's own route handlers (next-auth protects its
// own endpoints with its CSRF token). A state-changing request is refused when the browser says it
// comes from another site: by Sec-Fetch-Site, or failing that by an Origin that is not this host.
// Requests with neither header do not come from a browser page and cannot ride a user's cookies.

export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginCheckInput {
  method: string;
  /** The Host header (or X-Forwarded-Host set by the server), e.g. "localhost:3000". */
  host: string | null;
  origin: string | null;
  secFetchSite: string | null;
  /** Extra origins allowed, e.g. NEXTAUTH_URL's origin behind a proxy that rewrites Host. */
  trustedOrigins?: readonly string[];
}

export type OriginCheck = { ok: true } | { ok: false; reason: string };

export function checkSameOrigin({ method, host, origin, secFetchSite, trustedOrigins = [] }: OriginCheckInput): OriginCheck {
  if (SAFE_METHODS.has(method.toUpperCase())) return { ok: true };
  if (secFetchSite && secFetchSite !== "same-origin" && secFetchSite !== "none") {
    return { ok: false, reason: `Cross-site request refused (Sec-Fetch-Site: ${secFetchSite})` };
  }
  if (origin === null) return { ok: true };
  if (origin === "null") return { ok: false, reason: "Cross-site request refused (opaque origin)" };
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return { ok: false, reason: "Cross-site request refused (malformed Origin header)" };
  }
  if (host && originUrl.host.toLowerCase() === host.toLowerCase()) return { ok: true };
  if (trustedOrigins.includes(originUrl.origin)) return { ok: true };
  return { ok: false, reason: `Cross-site request refused (Origin ${originUrl.origin} is not this site)` };
}
