// Server-rendered markup of the toggle list: an error is tied to the list by an id that is on the page.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createNetworkLabController } from "@/components/lab/network-lab-controller";
import { testExercise } from "@/components/exercises/test-exercise";
import { ToggleListEditor } from "./ToggleListEditor";

function labWithError(resourceId: string, message: string) {
  const lab = createNetworkLabController(testExercise().network);
  lab.store.setState((s) => ({ ...s, errors: { ...s.errors, [resourceId]: { field: "", message } } }));
  return lab;
}

const props = { resourceId: "tgw-rtb-a", legend: "Associations", items: [{ id: "tgw-attach-a", label: "tgw-attach-a", on: true }], empty: "None.", onToggle: () => true };
const describedBy = (html: string) => /<fieldset[^>]*aria-describedby="([^"]*)"/.exec(html)?.[1];

describe("ToggleListEditor", () => {
  it("without a title, is described by the error element the caller shows (not by an id that is nowhere)", () => {
    const lab = labWithError("tgw-rtb-a", "tgw-attach-a is also associated with tgw-rtb-b.");
    const html = renderToStaticMarkup(createElement(ToggleListEditor, { ...props, lab, errorId: "tgw-error" }));
    expect(describedBy(html)).toBe("tgw-error");
  });

  it("with a title, shows the error itself and is described by it", () => {
    const lab = labWithError("tgw-rtb-a", "Refused.");
    const html = renderToStaticMarkup(createElement(ToggleListEditor, { ...props, lab, title: "Route table" }));
    const id = describedBy(html);
    expect(id).toBeTruthy();
    expect(html).toContain(`id="${id}" role="alert"`);
  });

  it("is described by nothing when there is no error", () => {
    const lab = createNetworkLabController(testExercise().network);
    expect(describedBy(renderToStaticMarkup(createElement(ToggleListEditor, { ...props, lab, errorId: "tgw-error" })))).toBeUndefined();
  });
});
