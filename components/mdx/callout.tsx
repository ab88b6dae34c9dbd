import type { ReactNode } from "react";
import type { CalloutKind } from "@/lib/content/lesson-tags";

const LABEL: Record<CalloutKind, string> = { note: "Note", tip: "Tip", warning: "Warning", exam: "On the exam" };
const ICON: Record<CalloutKind, string> = { note: "i", tip: "★", warning: "!", exam: "✎" };
const TONE: Record<CalloutKind, string> = {
  note: "border-border bg-surface",
  tip: "border-success/50 bg-surface",
  warning: "border-danger/60 bg-danger-soft",
  exam: "border-accent/60 bg-accent-soft",
};

/** A boxed aside. The kind is written out as text, never shown by colour alone. */
export function Callout({ kind, title: given, children }: { kind: CalloutKind; title?: string; children?: ReactNode }) {
  const title = given && given.toLowerCase() !== LABEL[kind].toLowerCase() ? given : undefined;
  return (
    <aside aria-label={title ? `${LABEL[kind]}: ${title}` : LABEL[kind]} className={`not-prose my-6 rounded-xl border-l-4 border ${TONE[kind]} px-5 py-4`}>
      <p className="flex items-center gap-2 text-sm font-semibold">
        <span aria-hidden="true" className="inline-flex size-6 items-center justify-center rounded-full bg-bg text-xs font-bold">
          {ICON[kind]}
        </span>
        <span className="uppercase tracking-wider text-muted">{LABEL[kind]}</span>
        {title ? <span className="text-fg">· {title}</span> : null}
      </p>
      <div className="prose prose-slate mt-2 max-w-none dark:prose-invert prose-p:my-2 prose-code:before:content-none prose-code:after:content-none">{children}</div>
    </aside>
  );
}
