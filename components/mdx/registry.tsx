// The MDX component registry: the only components a lesson may use (the names are the contract in
// lib/content/lesson-tags.ts; the `satisfies` below fails the type check if one is missing). Server-side:
// Claim and the widget adapters load networks from content/networks/.
//
// Widgets: the widget kit's interactive components (components/topology, path-probe, lab, matrix), through
// the adapters in widgets.tsx that turn a network name into the snapshot the widgets take.
import type { MDXComponents } from "mdx/types";
import type { ComponentPropsWithoutRef } from "react";
import type { RegisteredTag } from "@/lib/content/lesson-tags";
import { Callout } from "./callout";
import { CheckYourself, SelfCheck } from "./check-yourself";
import { Claim } from "./claim";
import { Objectives } from "./objectives";
import { Recap } from "./recap";
import { Term } from "./term";
import { NetworkLab, PathProbe, ReachabilityMatrix, TopologyDiagram } from "./widgets";

/** Markdown tables scroll sideways inside a named, focusable region on narrow screens. */
function Table(props: ComponentPropsWithoutRef<"table">) {
  return (
    <div role="region" aria-label="Table" tabIndex={0} className="my-6 overflow-x-auto">
      <table {...props} className="my-0" />
    </div>
  );
}

/** Code blocks that are wider than the column scroll sideways; tabIndex lets keyboard users scroll them. */
function Pre(props: ComponentPropsWithoutRef<"pre">) {
  return <pre {...props} tabIndex={0} />;
}

/** The registered components, with <Objectives /> bound to this lesson's frontmatter objectives. */
export function lessonComponents(objectives: readonly string[]): MDXComponents {
  const registered = {
    Objectives: () => <Objectives objectives={objectives} />,
    Callout,
    Recap,
    CheckYourself,
    SelfCheck,
    Term,
    Claim,
    TopologyDiagram,
    PathProbe,
    NetworkLab,
    ReachabilityMatrix,
  } satisfies Record<RegisteredTag, unknown>;
  return { ...registered, table: Table, pre: Pre };
}

/** For MDX that is not a lesson (e.g. content/course/overview.mdx): no objectives to show. */
export const mdxComponents: MDXComponents = lessonComponents([]);
