/** The Reachable mark: three connected nodes. Decorative; the link around it carries the name. */
export function LogoMark({ className = "h-7 w-7" }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" className="fill-accent" />
      <path d="M9 11 16 23 23 11" fill="none" className="stroke-accent-fg" strokeWidth="2" />
      <circle cx="9" cy="11" r="3.2" className="fill-accent-fg" />
      <circle cx="23" cy="11" r="3.2" className="fill-accent-fg" />
      <circle cx="16" cy="23" r="3.2" className="fill-accent-fg" />
    </svg>
  );
}
