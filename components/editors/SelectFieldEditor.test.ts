// Server-rendered markup of the select-field editor: a value refused on Save marks the select invalid and
// describes it by the error; without an error it is neither.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createNetworkLabController } from "@/components/lab/network-lab-controller";
import { testExercise } from "@/components/exercises/test-exercise";
import { SelectFieldEditor } from "./SelectFieldEditor";

const props = { resourceId: "nat-a", title: "NAT gateway nat-a: Subnet", label: "Subnet", current: "subnet-a", options: [{ value: "subnet-a", label: "subnet-a" }, { value: "subnet-b", label: "subnet-b" }], setField: () => false };
const select = (html: string) => /<select[^>]*>/.exec(html)?.[0] ?? "";

describe("SelectFieldEditor", () => {
  it("marks the select invalid, described by the error, when the change was refused", () => {
    const lab = createNetworkLabController(testExercise().network);
    lab.store.setState((s) => ({ ...s, errors: { ...s.errors, "nat-a": { field: "", message: "The engine refused the change: subnet-b is in another VPC." } } }));
    const html = renderToStaticMarkup(createElement(SelectFieldEditor, { ...props, lab }));
    expect(select(html)).toContain('aria-invalid="true"');
    const id = /aria-describedby="([^"]*)"/.exec(select(html))?.[1];
    expect(html).toContain(`<p id="${id}" role="alert" class="rn-error m-0">The engine refused the change: subnet-b is in another VPC.</p>`);
  });

  it("is not invalid and described by nothing without an error", () => {
    const lab = createNetworkLabController(testExercise().network);
    const html = renderToStaticMarkup(createElement(SelectFieldEditor, { ...props, lab }));
    expect(select(html)).not.toContain('aria-invalid="true"');
    expect(select(html)).not.toContain("aria-describedby");
  });
});
