import Link from "next/link";
import { NetworkSketch } from "@/components/home/network-sketch";
import { card, pageContainer, primaryButton, secondaryButton } from "@/components/ui/styles";

const FEATURES = [
  {
    title: "Lessons with live diagrams",
    body: "Each lesson builds a small AWS network you can change. A reachability engine shows at once which packets get through and why.",
  },
  {
    title: "Graded exercises",
    body: "Fix a broken route table, tighten a security group, open exactly one port. Your answer is checked by the same engine.",
  },
  {
    title: "Certification practice",
    body: "Quizzes in the style of the AWS networking exams, with an explanation for every answer.",
  },
] as const;

export default function HomePage() {
  return (
    <div className={pageContainer}>
      <section aria-labelledby="home-title" className="grid items-center gap-10 py-12 sm:py-16 md:grid-cols-[1.15fr_1fr]">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wider text-accent">Open-source AWS networking course</p>
          <h1 id="home-title" className="mt-3 text-4xl leading-tight font-bold tracking-tight text-balance lg:text-[2.75rem]">
            Reachable teaches AWS cloud networking by showing where packets can go.
          </h1>
          <p className="mt-5 max-w-xl text-lg text-muted text-pretty">
            VPCs, subnets, route tables, security groups and network ACLs, explained with diagrams that answer the one question that
            matters: can this reach that? Read every lesson without an account; sign up to keep your progress.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/course" className={primaryButton}>
              Start the course
            </Link>
            <Link href="/exercises" className={secondaryButton}>
              See the exercises
            </Link>
          </div>
        </div>
        <div className="rounded-2xl border border-border bg-bg p-4 shadow-sm">
          <NetworkSketch />
        </div>
      </section>

      <section aria-labelledby="what-you-get" className="pb-4">
        <h2 id="what-you-get" className="text-2xl font-bold tracking-tight">
          How you learn here
        </h2>
        <ul className="mt-6 grid gap-4 md:grid-cols-3">
          {FEATURES.map((feature) => (
            <li key={feature.title} className={card}>
              <h3 className="text-lg font-semibold">{feature.title}</h3>
              <p className="mt-2 text-muted">{feature.body}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="where-to-start" className="mt-12 rounded-2xl bg-accent-soft p-6 sm:p-8">
        <h2 id="where-to-start" className="text-2xl font-bold tracking-tight">
          Where to start
        </h2>
        <ol className="mt-4 list-decimal space-y-2 pl-6 text-fg marker:font-semibold marker:text-accent">
          <li>Open the course and read the first lesson: how a VPC divides its address space.</li>
          <li>Try the exercise at the end of each lesson; it is graded instantly.</li>
          <li>When the course is done, take a certification-style quiz to see what stuck.</li>
        </ol>
      </section>
    </div>
  );
}
