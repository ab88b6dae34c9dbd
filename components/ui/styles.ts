// Shared class lists for links and buttons, so every control looks and focuses the same way.
// Targets are at least 44 px tall (WCAG 2.2 target size, comfortable on a phone).

export const primaryButton =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg bg-accent px-5 py-2.5 font-semibold text-accent-fg shadow-sm transition-colors hover:bg-accent-strong disabled:cursor-not-allowed disabled:opacity-60";

export const secondaryButton =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border border-border bg-bg px-5 py-2.5 font-semibold text-fg transition-colors hover:bg-surface-strong disabled:cursor-not-allowed disabled:opacity-60";

export const textLink = "font-medium text-accent underline decoration-1 underline-offset-4 hover:decoration-2";

export const card = "rounded-xl border border-border bg-surface p-6";

export const pageContainer = "mx-auto w-full max-w-5xl px-4 sm:px-6";
