"use client";
/**
 * Keeps each <Term> button's aria-expanded in step with its popover (toggle events do not bubble, so one
 * capturing listener on the document serves every term of the page). Without JavaScript the terms still work;
 * Chromium then derives the expanded state from the popover itself.
 */
import { useEffect } from "react";

export function TermExpandedState() {
  useEffect(() => {
    for (const b of document.querySelectorAll("button[data-term-button]")) b.setAttribute("aria-expanded", "false");
    const onToggle = (event: Event) => {
      const tip = event.target;
      if (!(tip instanceof HTMLElement) || !tip.hasAttribute("data-term-tip")) return;
      const open = (event as ToggleEvent).newState === "open";
      for (const b of document.querySelectorAll(`button[popovertarget="${CSS.escape(tip.id)}"]`)) b.setAttribute("aria-expanded", String(open));
    };
    document.addEventListener("toggle", onToggle, true);
    return () => document.removeEventListener("toggle", onToggle, true);
  }, []);
  return null;
}
