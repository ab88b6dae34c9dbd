/**
 * Headless controller of the topology diagram: which component has the roving focus, which is selected, and
 * whether the diagram or its table is shown. Fed with events (focus, key, select, toggle) by the view or a test.
 */
import { createStore, type Store } from "@/components/network/store";
import { isNavKey, nextFocus, type Focusable } from "./keyboard-focus";

export interface TopologyState {
  /** The component holding tabindex=0 (roving tabindex). */
  readonly focusedId: string | undefined;
  readonly selectedId: string | undefined;
  readonly view: "diagram" | "table";
}

export interface TopologyController {
  readonly store: Store<TopologyState>;
  /** The components in keyboard order (the layout's reading order). */
  setItems(items: readonly Focusable[]): void;
  focus(id: string): void;
  /** A key pressed on a component: arrows/Home/End move the focus, Enter and Space select. Returns true when handled. */
  key(key: string): boolean;
  select(id: string | undefined): void;
  toggleView(): void;
}

export function createTopologyController(items: readonly Focusable[], options: { selectedId?: string; onSelect?: (id: string | undefined) => void } = {}): TopologyController {
  let list = items;
  const store = createStore<TopologyState>({ focusedId: options.selectedId ?? items[0]?.id, selectedId: options.selectedId, view: "diagram" });
  const select = (id: string | undefined) => {
    store.setState((s) => ({ ...s, selectedId: id, focusedId: id ?? s.focusedId }));
    options.onSelect?.(id);
  };
  return {
    store,
    setItems(next) {
      list = next;
      const s = store.getState();
      const keep = (id: string | undefined) => (id && next.some((i) => i.id === id) ? id : undefined);
      const focusedId = keep(s.focusedId) ?? next[0]?.id;
      const selectedId = keep(s.selectedId);
      if (focusedId !== s.focusedId || selectedId !== s.selectedId) store.setState({ ...s, focusedId, selectedId });
    },
    focus(id) {
      if (list.some((i) => i.id === id)) store.setState((s) => (s.focusedId === id ? s : { ...s, focusedId: id }));
    },
    key(key) {
      const s = store.getState();
      if (isNavKey(key)) {
        const id = nextFocus(list, s.focusedId, key);
        if (id !== s.focusedId) store.setState({ ...s, focusedId: id });
        return true;
      }
      if (key === "Enter" || key === " ") {
        select(s.focusedId === s.selectedId ? undefined : s.focusedId);
        return true;
      }
      if (key === "Escape" && s.selectedId) {
        select(undefined);
        return true;
      }
      return false;
    },
    select,
    toggleView() {
      store.setState((s) => ({ ...s, view: s.view === "diagram" ? "table" : "diagram" }));
    },
  };
}
