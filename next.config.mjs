// Next.js configuration: MDX pages and content, and the security headers that do not depend on the
// request. The Content-Security-Policy needs a fresh nonce per request, so proxy.ts sets it.
import createMDX from "@next/mdx";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets several developers' test servers build side by side in one checkout (e2e/support/server.mjs).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  pageExtensions: ["ts", "tsx", "md", "mdx"],
  poweredByHeader: false,
  // The exercise and question banks are read from content/ at run time (paths the bundler cannot follow, so those
  // reads are marked turbopackIgnore); this keeps content/ in the traced output of every route.
  outputFileTracingIncludes: { "/*": ["./content/**/*"] },
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

const withMDX = createMDX({});

export default withMDX(nextConfig);
