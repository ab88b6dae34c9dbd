// Server-rendered markup of the security group editor: rows of a direction the exercise keeps locked offer no
// Remove button (it would do nothing but show a refusal), and the Add form offers only the open directions.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createExerciseLab } from "@/components/exercises/exercise-lab";
import { ExerciseEditors } from "@/components/exercises/ExerciseEditors";
import { testExercise } from "@/components/exercises/test-exercise";
import type { Editable } from "@/lib/exercises/exercise-schema";
import { SecurityGroupEditor } from "./SecurityGroupEditor";

/** The markup of the table region with this accessible name (up to its closing </div>). */
function region(html: string, name: string): string {
  const start = html.indexOf(`aria-label="${name}"`);
  expect(start, `region "${name}" is on the page`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf("</table>", start));
}

const removeButtons = (html: string) => html.match(/<button[^>]*>Remove<\/button>/g) ?? [];
const directionOptions = (html: string) => [...html.matchAll(/<option value="(inbound|outbound)"/g)].map((m) => m[1]);
/** The markup of the form "Add a rule to sg-db". */
function addForm(html: string): string {
  const start = html.indexOf('aria-label="Add a rule to sg-db"');
  expect(start, "the Add form is on the page").toBeGreaterThan(-1);
  return html.slice(start, html.indexOf("</form>", start));
}

describe("SecurityGroupEditor", () => {
  // sg-db with one inbound rule (the test exercise empties its inbound rules) and its outbound rule (All traffic).
  const exercise = testExercise();
  const network = { ...exercise.network, SecurityGroups: (exercise.network as { SecurityGroups: Record<string, unknown>[] }).SecurityGroups.map((g) => (g.GroupId === "sg-db" ? { ...g, IpPermissions: [{ IpProtocol: "tcp", FromPort: 5432, ToPort: 5432, UserIdGroupPairs: [{ GroupId: "sg-app" }] }] } : g)) };

  it("in an exercise that opens only inbound rules, offers Remove on inbound rows and none on the locked outbound rows", () => {
    const lab = createExerciseLab(network, exercise.editable);
    const html = renderToStaticMarkup(createElement(ExerciseEditors, { exercise: { ...exercise, network }, lab }));
    const inbound = region(html, "Inbound rules of sg-db");
    const outbound = region(html, "Outbound rules of sg-db");
    expect(removeButtons(inbound)).toHaveLength(1);
    expect(outbound).toContain("<td>All traffic</td>");
    expect(removeButtons(outbound)).toEqual([]);
    expect(outbound).toContain("read-only");
    expect(directionOptions(addForm(html))).toEqual(["inbound"]);
  });

  it("in an exercise that opens only outbound rules, locks the inbound rows and adds outbound rules", () => {
    const editable: Editable[] = [{ collection: "SecurityGroups", id: "sg-db", fields: ["IpPermissionsEgress"] }];
    const lab = createExerciseLab(network, editable);
    const html = renderToStaticMarkup(createElement(ExerciseEditors, { exercise: { ...exercise, network, editable }, lab }));
    expect(removeButtons(region(html, "Inbound rules of sg-db"))).toEqual([]);
    expect(removeButtons(region(html, "Outbound rules of sg-db"))).toHaveLength(1);
    expect(directionOptions(addForm(html))).toEqual(["outbound"]);
  });

  it("in a lesson lab (no exercise), offers Remove in both directions", () => {
    const lab = createExerciseLab(network, [{ collection: "SecurityGroups", id: "sg-db", fields: ["IpPermissions", "IpPermissionsEgress"] }]);
    const html = renderToStaticMarkup(createElement(SecurityGroupEditor, { lab, groupId: "sg-db" }));
    expect(removeButtons(region(html, "Inbound rules of sg-db"))).toHaveLength(1);
    expect(removeButtons(region(html, "Outbound rules of sg-db"))).toHaveLength(1);
    expect(directionOptions(addForm(html))).toEqual(["inbound", "outbound"]);
  });
});
