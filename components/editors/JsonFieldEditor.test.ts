// Server-rendered markup of the JSON field editor: JSON the engine refuses on Save (not only JSON that does not
// parse) marks the text invalid and describes it by the error; without an error it is neither.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createNetworkLabController } from "@/components/lab/network-lab-controller";
import { testExercise } from "@/components/exercises/test-exercise";
import { JsonFieldEditor } from "./JsonFieldEditor";

const props = { resourceId: "eni-app", resourceLabel: "Network interface", field: "Groups", current: [{ GroupId: "sg-app" }], setField: () => false };
const textarea = (html: string) => /<textarea[^>]*>/.exec(html)?.[0] ?? "";

describe("JsonFieldEditor", () => {
  it("marks the text invalid, described by the error, when the engine refused the saved value", () => {
    const lab = createNetworkLabController(testExercise().network);
    lab.store.setState((s) => ({ ...s, errors: { ...s.errors, "eni-app": { field: "", message: "The engine refused the change: unknown security group sg-nowhere." } } }));
    const html = renderToStaticMarkup(createElement(JsonFieldEditor, { ...props, lab }));
    expect(textarea(html)).toContain('aria-invalid="true"');
    const id = /aria-describedby="([^"]*)"/.exec(textarea(html))?.[1];
    expect(html).toContain(`<p id="${id}" role="alert" class="rn-error m-0">The engine refused the change: unknown security group sg-nowhere.</p>`);
  });

  it("is not invalid and described by nothing without an error", () => {
    const lab = createNetworkLabController(testExercise().network);
    const html = renderToStaticMarkup(createElement(JsonFieldEditor, { ...props, lab }));
    expect(textarea(html)).not.toContain('aria-invalid="true"');
    expect(textarea(html)).not.toContain("aria-describedby");
  });
});
