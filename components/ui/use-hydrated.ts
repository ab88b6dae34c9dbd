/**
 * Whether React has hydrated this part of the page. False in the server's HTML and during hydration, true from
 * the first client render after it: controls that need JavaScript are rendered disabled (with a "Loading…"
 * text) until then, so a click before hydration is never silently lost.
 */
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};
const onClient = () => true;
const onServer = () => false;

export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, onClient, onServer);
}
