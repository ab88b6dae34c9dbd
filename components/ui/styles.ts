// Shared class lists for links and buttons, so every control looks and focuses the same way.
// Targets are at least 44 px tall (WCAG 2.2 target size, comfortable on a phone).

const primaryBase =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg bg-accent py-2.5 font-semibold text-accent-fg shadow-sm transition-colors hover:bg-accent-strong disabled:cursor-not-allowed disabled:opacity-60";
const secondaryBase =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border border-border bg-bg py-2.5 font-semibold text-fg transition-colors hover:bg-surface-strong disabled:cursor-not-allowed disabled:opacity-60";

export const primaryButton = `${primaryBase} px-5`;
export const secondaryButton = `${secondaryBase} px-5`;
/** Narrower buttons for the header, where a phone has little room. */
export const primaryButtonCompact = `${primaryBase} shrink-0 whitespace-nowrap px-3 sm:px-4`;
export const secondaryButtonCompact = `${secondaryBase} shrink-0 whitespace-nowrap px-3 sm:px-4`;

export const textLink = "font-medium text-accent underline decoration-1 underline-offset-4 hover:decoration-2";

export const card = "rounded-xl border border-border bg-surface p-6";

export const pageContainer = "mx-auto w-full max-w-5xl px-4 sm:px-6";
