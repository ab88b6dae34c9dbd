import "server-only";
// Compiles a lesson's MDX body into a React component, once per distinct body (the module cache holds it).
// The remark plugins are those the content checks parse with, plus the heading ids the table of contents uses.
import { evaluate } from "@mdx-js/mdx";
import type { MDXContent } from "mdx/types";
import * as runtime from "react/jsx-runtime";
import { LESSON_REMARK_PLUGINS, remarkHeadingIds } from "./lesson-ast";

const compiled = new Map<string, Promise<MDXContent>>();

export function compileLesson(body: string): Promise<MDXContent> {
  let result = compiled.get(body);
  if (!result) {
    result = evaluate(body, { ...runtime, remarkPlugins: [...LESSON_REMARK_PLUGINS, remarkHeadingIds] }).then((module) => module.default);
    compiled.set(body, result);
    result.catch(() => compiled.delete(body));
  }
  return result;
}
