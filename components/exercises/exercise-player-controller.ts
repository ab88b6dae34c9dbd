/**
 * Headless controller of the exercise player. State: the lab being edited (replaced on reset or when a solved
 * attempt is restored), the last in-browser Check and the goal drawn on the diagram, the learner's attempts,
 * the server's last verdict, revealed hints, and one announcement for the live region. Events: load, check,
 * drawGoal, submit, revealHint, reset. The server grades; Check only previews the visible goals.
 */
import { applyChanges } from "@/lib/exercises/apply-changes";
import type { NetworkLabController } from "@/components/lab/network-lab-controller";
import { createStore, type Store } from "@/components/network/store";
import type { ExerciseApi } from "./exercise-api";
import { createExerciseLab } from "./exercise-lab";
import { checkExercise, checkSummary, type CheckResult } from "./goal-check";
import type { Attempt, ExerciseStatus, PlayerExercise } from "./player-types";
import { changesFrom } from "./submission-changes";

export interface PlayerState {
  readonly lab: NetworkLabController;
  /** Increases whenever the lab is replaced, so editors remount with empty drafts. */
  readonly labKey: number;
  readonly check: CheckResult | undefined;
  /** The lab's version when Check ran: a later edit makes the result stale. */
  readonly checkedVersion: number | undefined;
  readonly drawnGoalId: string | undefined;
  readonly signedIn: boolean;
  readonly loaded: boolean;
  readonly status: ExerciseStatus | undefined;
  /** Newest first. */
  readonly attempts: readonly Attempt[];
  /** The server's verdict on the last submission made on this page. */
  readonly verdict: Attempt | undefined;
  readonly submitting: boolean;
  readonly submitError: { readonly message: string; readonly status: number; readonly path?: string } | undefined;
  readonly revealedHints: readonly string[];
  readonly hintPending: boolean;
  readonly hintError: { readonly message: string; readonly status: number } | undefined;
  /** When the lab shows a restored solution: that attempt's time. */
  readonly restoredFrom: string | undefined;
  /** For the live region; `n` changes with every announcement so a repeated text is read again. */
  readonly announcement: { readonly text: string; readonly n: number };
}

export interface ExercisePlayerController {
  readonly store: Store<PlayerState>;
  readonly exercise: PlayerExercise;
  /** Reads the learner's state from the server (signed in) and records the first opening. */
  load(signedIn: boolean): Promise<void>;
  check(): CheckResult;
  drawGoal(goalId: string | undefined): void;
  submit(): Promise<void>;
  revealHint(): Promise<void>;
  reset(): void;
  solved(): boolean;
}

export function createExercisePlayerController(exercise: PlayerExercise, api: ExerciseApi): ExercisePlayerController {
  const store = createStore<PlayerState>({
    lab: createExerciseLab(exercise.network, exercise.editable),
    labKey: 0,
    check: undefined,
    checkedVersion: undefined,
    drawnGoalId: undefined,
    signedIn: false,
    loaded: false,
    status: undefined,
    attempts: [],
    verdict: undefined,
    submitting: false,
    submitError: undefined,
    revealedHints: [],
    hintPending: false,
    hintError: undefined,
    restoredFrom: undefined,
    announcement: { text: "", n: 0 },
  });

  const announce = (text: string) => store.setState((s) => ({ ...s, announcement: { text, n: s.announcement.n + 1 } }));

  const replaceLab = (snapshot: Record<string, unknown>, restoredFrom: string | undefined) =>
    store.setState((s) => ({
      ...s,
      lab: createExerciseLab(snapshot, exercise.editable),
      labKey: s.labKey + 1,
      check: undefined,
      checkedVersion: undefined,
      drawnGoalId: undefined,
      submitError: undefined,
      restoredFrom,
    }));

  /** Shows the newest solved attempt's network, when there is one and it still applies. */
  const restoreSolution = (attempts: readonly Attempt[]) => {
    const solved = attempts.find((a) => a.solved && a.changes);
    if (!solved?.changes) return;
    try {
      replaceLab(applyChanges(exercise.network, exercise.editable, solved.changes), solved.createdAt);
    } catch {
      // The exercise changed since: the learner starts again from the start network.
    }
  };

  const controller: ExercisePlayerController = {
    store,
    exercise,
    async load(signedIn) {
      store.setState((s) => ({ ...s, signedIn }));
      if (!signedIn) {
        store.setState((s) => ({ ...s, loaded: true }));
        return;
      }
      const [state, attempts] = await Promise.all([api.state(), api.attempts(), api.start()]);
      const list = attempts.ok ? attempts.data.attempts : [];
      store.setState((s) => ({
        ...s,
        loaded: true,
        status: state.ok ? state.data.status : s.status,
        revealedHints: state.ok ? state.data.revealedHints : s.revealedHints,
        attempts: list,
      }));
      if (store.getState().status === "solved" && store.getState().lab.store.getState().version === 0) restoreSolution(list);
    },
    check() {
      const s = store.getState();
      const lab = s.lab.store.getState();
      const result = checkExercise(exercise, lab.snapshot);
      const firstFailing = result.ok ? result.goals.find((g) => !g.met)?.id : undefined;
      store.setState((st) => ({ ...st, check: result, checkedVersion: lab.version, drawnGoalId: firstFailing }));
      announce(checkSummary(result));
      return result;
    },
    drawGoal(goalId) {
      store.setState((s) => ({ ...s, drawnGoalId: goalId }));
    },
    async submit() {
      const s = store.getState();
      if (s.submitting) return;
      const changes = changesFrom(exercise.network, s.lab.store.getState().snapshot, exercise.editable);
      store.setState((st) => ({ ...st, submitting: true, submitError: undefined }));
      announce("Submitting your network for grading…");
      const result = await api.submit(changes);
      if (!result.ok) {
        store.setState((st) => ({ ...st, submitting: false, submitError: { message: result.error, status: result.status, ...(result.path ? { path: result.path } : {}) } }));
        announce(`Not submitted: ${result.error}`);
        return;
      }
      const attempt = { ...result.data.attempt, changes: result.data.attempt.changes ?? changes };
      const met = attempt.goals.filter((g) => g.met).length;
      store.setState((st) => ({
        ...st,
        submitting: false,
        verdict: attempt,
        attempts: [attempt, ...st.attempts],
        status: attempt.solved || st.status === "solved" ? "solved" : "attempted",
      }));
      announce(attempt.solved ? "Solved: every goal is met. Your solution is saved." : `Not solved yet: ${met} of ${attempt.goals.length} goals met.`);
    },
    async revealHint() {
      const s = store.getState();
      if (s.hintPending || s.revealedHints.length >= exercise.hints.total) return;
      store.setState((st) => ({ ...st, hintPending: true, hintError: undefined }));
      // The tier after the ones shown, by number: if an earlier request was recorded but its answer lost, or
      // another tab revealed it, the server returns that tier again rather than skipping to the next.
      const result = await api.revealHint(s.revealedHints.length + 1);
      if (!result.ok) {
        store.setState((st) => ({ ...st, hintPending: false, hintError: { message: result.error, status: result.status } }));
        announce(result.error);
        return;
      }
      store.setState((st) => ({ ...st, hintPending: false, revealedHints: result.data.revealedHints }));
      announce(`Hint ${result.data.tier} of ${result.data.total}: ${result.data.text}`);
    },
    reset() {
      replaceLab(exercise.network, undefined);
      announce("The network is back to its starting state.");
    },
    solved() {
      const s = store.getState();
      return s.status === "solved" || !!s.verdict?.solved;
    },
  };
  return controller;
}
