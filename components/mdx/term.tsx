import { useId, type ReactNode } from "react";
import { glossaryHint } from "@/lib/content/glossary";
import "./term.css";

/**
 * A glossary word: the defined word is a button that opens a small toggletip with its one-line definition
 * (a native popover: works without JavaScript, by keyboard (Enter/Space), mouse and touch; Escape or a tap
 * elsewhere closes it). It sits under the word (CSS anchor positioning; the button is the popover's anchor)
 * and flips above it near the bottom of the screen. Chromium exposes the button's expanded state; with
 * JavaScript, TermExpandedState also writes it as aria-expanded.
 */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const hint = glossaryHint(id);
  const tipId = `term-tip-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  if (!hint) return <dfn className="not-italic">{children}</dfn>;
  return (
    <>
      <dfn data-term={id} className="not-italic">
        <button type="button" popoverTarget={tipId} data-term-button="" className="term-button">
          {children}
        </button>
      </dfn>
      <span id={tipId} popover="auto" role="note" data-term-tip="" className="term-tip">
        <span className="term-tip-word">{children}:</span> {hint}
      </span>
    </>
  );
}
