"use client";
/**
 * Which of the lesson's sections the reader is in: the last heading whose top has passed a line a little below
 * the top of the window (or, at the very end of the page, the last heading in view). Updated once per frame
 * while scrolling; undefined above the first heading.
 */
import { useEffect, useState } from "react";

export const READING_LINE_PX = 96;

export function currentSection(tops: readonly { id: string; top: number }[], viewportHeight: number, atEnd: boolean): string | undefined {
  let current: string | undefined;
  for (const h of tops) if (h.top <= READING_LINE_PX) current = h.id;
  if (atEnd) {
    const visible = tops.filter((h) => h.top < viewportHeight);
    if (visible.length > 0) current = visible[visible.length - 1]!.id;
  }
  return current;
}

export function useCurrentSection(ids: readonly string[]): string | undefined {
  const [current, setCurrent] = useState<string>();
  const key = ids.join("\u0000");
  useEffect(() => {
    const headings = key.split("\u0000").flatMap((id) => {
      const el = document.getElementById(id);
      return el ? [{ id, el }] : [];
    });
    let frame = 0;
    const update = () => {
      frame = 0;
      const doc = document.documentElement;
      const atEnd = window.innerHeight + window.scrollY >= doc.scrollHeight - 2;
      setCurrent(currentSection(headings.map((h) => ({ id: h.id, top: h.el.getBoundingClientRect().top })), window.innerHeight, atEnd));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    window.addEventListener("hashchange", schedule);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      window.removeEventListener("hashchange", schedule);
    };
  }, [key]);
  return current;
}
