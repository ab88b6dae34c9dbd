import { describe, expect, it } from "vitest";
import { answerFromDraft, draftFromAnswer, sameAnswer } from "./answer-draft";
import type { PublicQuestion } from "@/lib/quiz/public-question";

const single: PublicQuestion = { questionId: "s", kind: "single", stem: "…", choices: [{ id: "a", text: "A" }], domains: [] };
const multiple: PublicQuestion = { questionId: "m", kind: "multiple", stem: "…", choices: [], choose: 2, domains: [] };
const numeric: PublicQuestion = { questionId: "n", kind: "numeric", stem: "…", domains: [] };

describe("answer drafts", () => {
  it("turns complete drafts into answers", () => {
    expect(answerFromDraft(single, { choice: "a" })).toEqual({ ok: true, answer: { choice: "a" } });
    expect(answerFromDraft(multiple, { choices: ["c", "a"] })).toEqual({ ok: true, answer: { choices: ["a", "c"] } });
    expect(answerFromDraft(numeric, { value: " 1,024 " })).toEqual({ ok: true, answer: { value: 1024 } });
  });

  it("says what is missing", () => {
    expect(answerFromDraft(single, {})).toEqual({ ok: false, error: "Choose an answer first." });
    expect(answerFromDraft(multiple, { choices: ["a"] })).toEqual({ ok: false, error: "Choose exactly 2 answers (you have chosen 1)." });
    expect(answerFromDraft(numeric, { value: "" })).toEqual({ ok: false, error: "Type a number first." });
    expect(answerFromDraft(numeric, { value: "ten" })).toEqual({ ok: false, error: '"ten" is not a number.' });
  });

  it("round-trips saved answers", () => {
    expect(draftFromAnswer({ value: 11 })).toEqual({ value: "11" });
    expect(draftFromAnswer(null)).toEqual({});
    expect(sameAnswer({ choice: "a" }, { choice: "a" })).toBe(true);
    expect(sameAnswer({ choice: "a" }, null)).toBe(false);
  });
});
