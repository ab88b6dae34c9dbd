import type { Metadata } from "next";
import { QuizPlayer } from "@/components/quiz/QuizPlayer";
import { pageContainer } from "@/components/ui/styles";
import { requireUserOrRedirect } from "@/lib/auth/authorize.server";

export const metadata: Metadata = { title: "Quiz session" };

/** The question player. The session's questions come from the API, as the learner may see them now. */
export default async function QuizSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUserOrRedirect(`/quizzes/sessions/${encodeURIComponent(id)}`);
  return (
    <div className={`${pageContainer} py-10`}>
      <QuizPlayer sessionId={id} />
    </div>
  );
}
