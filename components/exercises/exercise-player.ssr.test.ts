import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { SessionProvider } from "next-auth/react";
import { describe, expect, it } from "vitest";
import { getExercise, listExercises } from "@/lib/exercises/exercise-files";
import { publicExercise } from "@/lib/exercises/exercise-view";
import { ExercisePlayer } from "./ExercisePlayer";

describe("ExercisePlayer server render (what shows before React hydrates the static page)", () => {
  const exercise = getExercise(listExercises().find((e) => e.hints.length > 0)!.id)!;
  const player = createElement(ExercisePlayer, { exercise: publicExercise(exercise) });
  const html = renderToString(createElement(SessionProvider, { session: null, children: player }));

  it("renders every control inside one disabled fieldset, described by a Loading text", () => {
    const open = /<fieldset disabled="" aria-busy="true" aria-describedby="([^"]+)"/.exec(html);
    expect(open, "the player's fieldset is disabled and busy").not.toBeNull();
    expect(html).toContain(`id="${open![1]}"`);
    expect(html).toContain("Loading the exercise… Check, the editors and the diagram work once the page has loaded.");
    // Check is inside it (so a click before hydration cannot be lost), and the status next to it says Loading….
    expect(html.indexOf(">Check</button>")).toBeGreaterThan(open!.index);
    expect(html).toMatch(/role="status" aria-live="polite"[^>]*>Loading…/);
  });

  it("offers no hint reveal and no sign-in prompt until the learner's state is read", () => {
    expect(html).toContain("Loading your hints…");
    expect(html).not.toMatch(/Show hint \d/);
    expect(html).not.toContain("to reveal hints");
    expect(html).toMatch(/<button type="button" class="rn-button rn-button-primary" disabled="">Submit<\/button>/);
  });

  it("the diagram's view buttons are disabled too, with a Loading text of their own", () => {
    expect(html).toMatch(/role="toolbar" aria-label="Diagram view" aria-busy="true"/);
    expect(html).toMatch(/<button type="button" class="rn-button" disabled=""[^>]*>Show as table<\/button>/);
  });
});
