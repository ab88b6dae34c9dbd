import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { card, pageContainer } from "@/components/ui/styles";

export const metadata: Metadata = { title: "Exercises" };

const COMING = [
  { title: "Give a subnet internet access", body: "Add the one route that lets a web server answer the internet." },
  { title: "Open exactly one port", body: "Let the web tier reach the database on 5432 and nothing else." },
  { title: "Find the blocking rule", body: "A reply never arrives. Find the network ACL rule that drops it." },
] as const;

export default function ExercisesPage() {
  return (
    <div className={`${pageContainer} py-12`}>
      <PageHeader eyebrow="Practice" title="Exercises">
        <p>Hands-on problems on a live network. You change the configuration; the reachability engine grades the result.</p>
      </PageHeader>
      <h2 className="mt-10 text-xl font-semibold">Coming soon</h2>
      <ul className="mt-4 grid gap-4 md:grid-cols-3">
        {COMING.map((item) => (
          <li key={item.title} className={card}>
            <h3 className="font-semibold">{item.title}</h3>
            <p className="mt-2 text-muted">{item.body}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
