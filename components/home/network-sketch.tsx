/**
 * A decorative sketch of what the course's live diagrams show: a VPC with a public and a private
 * subnet, and a packet's path from the internet. Hidden from assistive technology; the text says it.
 */
export function NetworkSketch() {
  return (
    <svg viewBox="0 0 420 280" className="h-auto w-full" aria-hidden="true" focusable="false">
      <rect x="60" y="20" width="340" height="240" rx="14" className="fill-surface stroke-border" strokeWidth="2" />
      <text x="78" y="46" className="fill-muted text-[13px] font-semibold">VPC 10.0.0.0/16</text>
      <rect x="80" y="64" width="140" height="176" rx="10" className="fill-accent-soft stroke-accent" strokeWidth="1.5" />
      <text x="94" y="86" className="fill-fg text-[12px] font-semibold">Public subnet</text>
      <rect x="240" y="64" width="140" height="176" rx="10" className="fill-bg stroke-border" strokeWidth="1.5" />
      <text x="254" y="86" className="fill-fg text-[12px] font-semibold">Private subnet</text>
      <circle cx="28" cy="150" r="18" className="fill-bg stroke-muted" strokeWidth="2" />
      <text x="28" y="155" textAnchor="middle" className="fill-muted text-[11px] font-semibold">www</text>
      <rect x="110" y="130" width="80" height="40" rx="8" className="fill-bg stroke-accent" strokeWidth="2" />
      <text x="150" y="155" textAnchor="middle" className="fill-fg text-[12px]">web</text>
      <rect x="270" y="130" width="80" height="40" rx="8" className="fill-bg stroke-border" strokeWidth="2" />
      <text x="310" y="155" textAnchor="middle" className="fill-fg text-[12px]">db</text>
      <path d="M46 150 H110" className="stroke-accent" strokeWidth="3" strokeDasharray="6 5" fill="none" />
      <path d="M190 150 H270" className="stroke-accent" strokeWidth="3" fill="none" />
      {/* The port label sits in a pill on top of the gap between the subnets, so no border runs through its text. */}
      <rect x="203" y="112" width="54" height="22" rx="11" className="fill-bg stroke-success" strokeWidth="1.5" />
      <text x="230" y="127" textAnchor="middle" className="fill-success text-[11px] font-semibold">5432 ✓</text>
      <path d="M310 176 v20" className="stroke-danger" strokeWidth="2" fill="none" />
      <text x="310" y="214" textAnchor="middle" className="fill-danger text-[11px] font-semibold">no internet ✗</text>
    </svg>
  );
}
