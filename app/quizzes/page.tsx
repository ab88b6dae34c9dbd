import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { card, pageContainer } from "@/components/ui/styles";

export const metadata: Metadata = { title: "Quizzes" };

const COMING = [
  { title: "VPC fundamentals", body: "CIDR ranges, subnets and the default route table." },
  { title: "Security groups and network ACLs", body: "Stateful and stateless filtering, rule order and replies." },
  { title: "Hybrid and multi-VPC networking", body: "Peering, transit gateways, endpoints and VPN." },
] as const;

export default function QuizzesPage() {
  return (
    <div className={`${pageContainer} py-12`}>
      <PageHeader eyebrow="Certification practice" title="Quizzes">
        <p>Short quizzes in the style of the AWS networking certifications, each answer explained. Scores are saved when you are signed in.</p>
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
