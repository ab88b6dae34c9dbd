import "server-only";
// What the dashboard shows of quizzes: per-domain mastery from the learner's graded answers. Answers of
// an exam still running are left out: their correctness is not revealed until the exam is submitted.
import type { Db } from "../db/create-db";
import { domainMastery, type DomainMastery } from "./mastery";
import type { QuestionBank } from "./question-bank.server";

export async function getDomainMastery(database: Db, bank: QuestionBank, userId: string): Promise<DomainMastery[]> {
  const answers = await database.quizAnswer.findMany({
    where: {
      answer: { not: "null" },
      attempt: { userId, OR: [{ mode: { not: "exam" } }, { completedAt: { not: null } }] },
    },
    select: { questionId: true, correct: true },
  });
  return domainMastery(
    answers.flatMap((a) => {
      const question = bank.get(a.questionId);
      return question ? [{ questionId: a.questionId, correct: a.correct, domains: question.domains }] : [];
    }),
  );
}
