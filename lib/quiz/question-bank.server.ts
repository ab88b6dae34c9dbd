import "server-only";
// The question bank on the server: every content/questions/*.json, parsed with the schema, read again
// when a file changes. Only the server holds keys and explanations.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { questionFileSchema, type Question } from "./question-schema";

export const QUESTIONS_DIR = path.join(process.cwd(), "content", "questions");

export interface QuestionBank {
  all(): readonly Question[];
  get(id: string): Question | undefined;
}

const cache = new Map<string, { mtimeMs: number; questions: Question[] }>();

function readFile(file: string): Question[] {
  const { mtimeMs } = statSync(/*turbopackIgnore: true*/ file);
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.questions;
  const parsed = questionFileSchema.safeParse(JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8")));
  if (!parsed.success) throw new Error(`${path.basename(file)} does not match the question schema (npx vitest run lib/quiz shows why)`);
  cache.set(file, { mtimeMs, questions: parsed.data });
  return parsed.data;
}

/** The bank as it is on disk now. */
export function loadQuestionBank(dir: string = QUESTIONS_DIR): QuestionBank {
  const files = readdirSync(/*turbopackIgnore: true*/ dir).filter((f) => f.endsWith(".json")).sort();
  const questions = files.flatMap((f) => readFile(path.join(/*turbopackIgnore: true*/ dir, f)));
  const byId = new Map(questions.map((q) => [q.id, q]));
  return { all: () => questions, get: (id) => byId.get(id) };
}

/** A bank from a fixed list (tests). */
export function questionBankOf(questions: readonly Question[]): QuestionBank {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return { all: () => questions, get: (id) => byId.get(id) };
}
