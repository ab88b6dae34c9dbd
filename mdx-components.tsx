// Required by @next/mdx: the components MDX content may use. Lessons' own tags are registered here.
import type { MDXComponents } from "mdx/types";

const components: MDXComponents = {};

export function useMDXComponents(): MDXComponents {
  return components;
}
