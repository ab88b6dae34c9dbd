/**
 * The client's address for rate limiting. `next start` sets X-Forwarded-For to the socket's address
 * when the request has none; a reverse proxy appends the address it saw. The last entry is therefore
 * the one added nearest to us. Behind a proxy, make it overwrite or append X-Forwarded-For.
 */
export function clientAddress(forwardedFor: string | string[] | null | undefined): string | null {
  const value = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
  if (!value) return null;
  const entries = value.split(",").map((part) => part.trim()).filter(Boolean);
  const last = entries.at(-1);
  if (!last || last.length > 64) return null;
  return last.replace(/^::ffff:/, "");
}
