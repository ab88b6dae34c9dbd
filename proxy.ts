// Runs before every page and route handler: the Content-Security-Policy (a fresh nonce per request,
// which Next.js puts on the scripts of pages it renders per request, plus the hashes of a prerendered
// page's inline scripts), and HSTS when served over HTTPS. Other security headers: next.config.mjs.
import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy, createNonce } from "./lib/security/content-security-policy";
import { hashesForPath, prerenderedPageHashes } from "./lib/security/prerendered-pages";

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const development = process.env.NODE_ENV === "development";
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const scriptHashes = development ? [] : hashesForPath(prerenderedPageHashes(), request.nextUrl.pathname);
  const policy = buildContentSecurityPolicy({ nonce, development, https, scriptHashes });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
