import { describe, expect, it } from "vitest";
import type { ApiResult, ExerciseApi } from "./exercise-api";
import { createExercisePlayerController } from "./exercise-player-controller";
import type { Attempt } from "./player-types";
import { findResource } from "./submission-changes";
import { testExercise } from "./test-exercise";

const ok = <T,>(data: T): Promise<ApiResult<T>> => Promise.resolve({ ok: true, data });
const fail = (status: number, error: string): Promise<ApiResult<never>> => Promise.resolve({ ok: false, status, error });

/** A stand-in for the HTTP API (the real one is exercised end to end): records what the player sends. */
function fakeApi(options: { attempts?: Attempt[]; status?: "new" | "attempted" | "solved"; hints?: string[]; signedOut?: boolean; loseNextHintAnswer?: boolean } = {}) {
  const sent: unknown[] = [];
  const hints = options.hints ?? ["First hint text.", "Second hint text."];
  let revealed = 0;
  let loseAnswer = options.loseNextHintAnswer ?? false;
  const api: ExerciseApi = {
    state: () => ok({ revealedHints: [], status: options.status ?? "new" }),
    start: () => ok({ startedAt: "2026-11-21T10:00:00.000Z" }),
    attempts: () => ok({ attempts: options.attempts ?? [] }),
    // As the server: a tier already revealed is returned again; no tier (or the next one) reveals the next.
    revealHint: (tier?: number) => {
      if (options.signedOut) return fail(401, "Sign in to reveal hints.");
      if (tier !== undefined && tier <= revealed) return ok({ tier, text: hints[tier - 1]!, revealedHints: hints.slice(0, revealed), total: hints.length });
      if (revealed >= hints.length) return fail(409, "Every hint is revealed.");
      revealed += 1;
      if (loseAnswer) {
        loseAnswer = false;
        return fail(0, "The server could not be reached. Check your connection and try again.");
      }
      return ok({ tier: revealed, text: hints[revealed - 1]!, revealedHints: hints.slice(0, revealed), total: hints.length });
    },
    submit: (changes) => {
      sent.push(changes);
      const solved = changes.length > 0;
      return ok({ attempt: { id: `a${sent.length}`, solved, goals: [{ id: "app-reaches-db", description: "d", met: solved, found: solved ? "reachable" : "blocked" }], hintsUsed: revealed, durationMs: 1000, createdAt: "2026-11-21T10:05:00.000Z" } });
    },
  };
  return { api, sent };
}

describe("exercise player controller", () => {
  it("checks, draws the first failing goal, submits only the changes and records the solved verdict", async () => {
    const { api, sent } = fakeApi();
    const player = createExercisePlayerController(testExercise(), api);
    await player.load(true);
    const first = player.check();
    expect(first.ok && first.goals.map((g) => g.met)).toEqual([false, true]);
    expect(player.store.getState().drawnGoalId).toBe("app-reaches-db");
    expect(player.store.getState().announcement.text).toMatch(/^Check: 1 of 2 goals met\. Not met: The app server/);

    const lab = player.store.getState().lab;
    expect(lab.addSgRule("sg-db", { direction: "inbound", protocol: "tcp", ports: "5432", peer: "sg-app" })).toBe(true);
    const second = player.check();
    expect(second.ok && second.goals.every((g) => g.met)).toBe(true);
    expect(player.store.getState().drawnGoalId).toBeUndefined();

    await player.submit();
    expect(sent).toEqual([[{ collection: "SecurityGroups", id: "sg-db", fields: { IpPermissions: [{ IpProtocol: "tcp", FromPort: 5432, ToPort: 5432, UserIdGroupPairs: [{ GroupId: "sg-app" }] }] } }]]);
    const s = player.store.getState();
    expect(s.verdict?.solved).toBe(true);
    expect(s.status).toBe("solved");
    expect(s.attempts).toHaveLength(1);
    expect(player.solved()).toBe(true);
    expect(s.announcement.text).toBe("Solved: every goal is met. Your solution is saved.");
  });

  it("reveals hints one tier at a time and stops at the last", async () => {
    const { api } = fakeApi();
    const player = createExercisePlayerController(testExercise(), api);
    await player.load(true);
    await player.revealHint();
    expect(player.store.getState().revealedHints).toEqual(["First hint text."]);
    expect(player.store.getState().announcement.text).toBe("Hint 1 of 2: First hint text.");
    await player.revealHint();
    await player.revealHint();
    expect(player.store.getState().revealedHints).toEqual(["First hint text.", "Second hint text."]);
    expect(player.store.getState().hintError).toBeUndefined();
  });

  it("asks for a hint by its tier, so retrying a request whose answer was lost does not skip a hint", async () => {
    const { api } = fakeApi({ loseNextHintAnswer: true });
    const player = createExercisePlayerController(testExercise(), api);
    await player.load(true);
    await player.revealHint();
    expect(player.store.getState().hintError?.status).toBe(0);
    await player.revealHint();
    expect(player.store.getState().revealedHints).toEqual(["First hint text."]);
    expect(player.store.getState().announcement.text).toBe("Hint 1 of 2: First hint text.");
  });

  it("keeps a visitor's refusal as a message and changes nothing", async () => {
    const { api } = fakeApi({ signedOut: true });
    const player = createExercisePlayerController(testExercise(), api);
    await player.load(false);
    await player.revealHint();
    expect(player.store.getState().hintError).toEqual({ message: "Sign in to reveal hints.", status: 401 });
    expect(player.store.getState().revealedHints).toEqual([]);
  });

  it("restores the newest solved attempt's network for a solved exercise, and reset goes back to the start", async () => {
    const rule = { IpProtocol: "tcp", FromPort: 5432, ToPort: 5432, UserIdGroupPairs: [{ GroupId: "sg-app" }] };
    const attempts: Attempt[] = [
      { id: "a2", solved: false, goals: [], hintsUsed: 0, durationMs: 10, createdAt: "2026-11-21T10:09:00.000Z", changes: [] },
      { id: "a1", solved: true, goals: [], hintsUsed: 1, durationMs: 10, createdAt: "2026-11-21T10:08:00.000Z", changes: [{ collection: "SecurityGroups", id: "sg-db", fields: { IpPermissions: [rule] } }] },
    ];
    const { api } = fakeApi({ attempts, status: "solved" });
    const player = createExercisePlayerController(testExercise(), api);
    await player.load(true);
    const s = player.store.getState();
    expect(s.restoredFrom).toBe("2026-11-21T10:08:00.000Z");
    expect(s.labKey).toBe(1);
    expect(findResource(s.lab.store.getState().snapshot, "SecurityGroups", "sg-db")?.IpPermissions).toEqual([rule]);
    player.reset();
    const after = player.store.getState();
    expect(after.restoredFrom).toBeUndefined();
    expect(findResource(after.lab.store.getState().snapshot, "SecurityGroups", "sg-db")?.IpPermissions).toEqual([]);
    expect(after.announcement.text).toBe("The network is back to its starting state.");
  });
});
