import "server-only";
// What the dashboard shows of quizzes: per-domain mastery from the learner's graded answers. Answers of
// an exam still running are left out (their correctness is not revealed until the exam is submitted); a
// submitted exam's unanswered questions count as misses, as in its score report.
import type { Db } from "../db/create-db";
import { acceptsAnswerAt } from "./exam-rules";
import { domainMastery, type DomainMastery, type GradedAnswer } from "./mastery";
import type { QuestionBank } from "./question-bank.server";

function questionIdsOf(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.flatMap((q) => (typeof q?.questionId === "string" ? [q.questionId as string] : [])) : [];
  } catch {
    return [];
  }
}

export async function getDomainMastery(database: Db, bank: QuestionBank, userId: string): Promise<DomainMastery[]> {
  const attempts = await database.quizAttempt.findMany({
    where: { userId, OR: [{ mode: { not: "exam" } }, { completedAt: { not: null } }] },
    select: {
      mode: true,
      questions: true,
      deadlineAt: true,
      answers: { where: { answer: { not: "null" } }, select: { questionId: true, correct: true, answeredAt: true } },
    },
  });
  const graded: GradedAnswer[] = [];
  const add = (questionId: string, correct: boolean) => {
    const question = bank.get(questionId);
    if (question) graded.push({ questionId, correct, domains: question.domains });
  };
  for (const attempt of attempts) {
    const inTime = attempt.answers.filter((a) => acceptsAnswerAt(attempt.deadlineAt, a.answeredAt));
    for (const a of inTime) add(a.questionId, a.correct);
    if (attempt.mode === "exam") {
      const answered = new Set(inTime.map((a) => a.questionId));
      for (const questionId of questionIdsOf(attempt.questions)) if (!answered.has(questionId)) add(questionId, false);
    }
  }
  return domainMastery(graded);
}
