import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { QuizChooser } from "@/components/quiz/QuizChooser";
import { pageContainer } from "@/components/ui/styles";
import { bankStats } from "@/lib/quiz/bank-stats";
import { loadQuestionBank } from "@/lib/quiz/question-bank.server";

export const metadata: Metadata = { title: "Quizzes" };

export default function QuizzesPage() {
  const stats = bankStats(loadQuestionBank().all());
  return (
    <div className={`${pageContainer} py-12`}>
      <PageHeader eyebrow="Certification practice" title="Quizzes">
        <p>
          Questions in the style of the AWS Advanced Networking Specialty and Solutions Architect Associate exams, each answer explained. Practise a topic,
          sit a timed exam, or review what you missed. Sign in to keep your answers and scores.
        </p>
      </PageHeader>
      <QuizChooser stats={stats} />
    </div>
  );
}
