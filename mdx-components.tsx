// Required by @next/mdx: the components MDX pages may use. They come from the one registry of lesson
// components (components/mdx/registry.tsx); lessons themselves are compiled by lib/content/compile-lesson.ts
// with the same registry.
import type { MDXComponents } from "mdx/types";
import { mdxComponents } from "@/components/mdx/registry";

export function useMDXComponents(): MDXComponents {
  return mdxComponents;
}
