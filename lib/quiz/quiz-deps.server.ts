import "server-only";
// The quiz modes' dependencies in the running app: the database, the question bank on disk, the
// server's clock and cryptographic randomness; and the lessons the score report links to.
import { randomInt } from "node:crypto";
import { db } from "../db/client.server";
import { listLessons } from "../content/lessons";
import { loadQuestionBank } from "./question-bank.server";
import type { QuizDeps } from "./quiz-sessions.server";
import type { LessonInfo } from "./score-report";

export function quizDeps(): QuizDeps {
  return { db: db(), bank: loadQuestionBank(), now: () => new Date(), random: () => randomInt(0, 2 ** 47) / 2 ** 47 };
}

/** Lesson titles and section headings by slug, for links to the lessons to revisit. */
export function lessonLookup(): (slug: string) => LessonInfo | undefined {
  const lessons = new Map(listLessons().map((l) => [l.slug, l]));
  return (slug) => {
    const lesson = lessons.get(slug);
    if (!lesson) return undefined;
    return { title: lesson.frontmatter.title, heading: (id) => lesson.headings.find((h) => h.id === id)?.text };
  };
}
