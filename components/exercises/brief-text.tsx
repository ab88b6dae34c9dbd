/**
 * An exercise brief's small Markdown: paragraphs (blank lines), `code` and **bold**. Rendered as React elements
 * (no HTML injection); anything else is shown as written.
 */
import type { ReactNode } from "react";

/** Splits a line into text, `code` and **bold** pieces. */
export function inlineMarkdown(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*/g;
  let last = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    if (match.index > last) out.push(text.slice(last, match.index));
    out.push(match[1] !== undefined ? <code key={match.index} className="rounded bg-surface-strong px-1 font-mono text-[0.9em]">{match[1]}</code> : <strong key={match.index}>{match[2]}</strong>);
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function BriefText({ text, className }: { text: string; className?: string }) {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <div className={className}>
      {paragraphs.map((p, i) => (
        <p key={i} className={i > 0 ? "mt-3" : undefined}>{inlineMarkdown(p.replace(/\s*\n\s*/g, " "))}</p>
      ))}
    </div>
  );
}
