import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { Playground } from "@/components/lab/Playground";
import { listLessonNetworks, readLessonNetwork } from "@/components/network/lesson-networks.server";
import { pageContainer } from "@/components/ui/styles";

export const metadata: Metadata = { title: "Network playground" };

export default async function PlaygroundPage() {
  const names = await listLessonNetworks();
  const networks: Record<string, unknown> = {};
  for (const name of names) networks[name] = await readLessonNetwork(name);
  return (
    <div className={`${pageContainer} max-w-7xl py-10`}>
      <PageHeader eyebrow="Tools" title="Network playground">
        <p>Draw a network, trace a packet through it hop by hop, and change its route tables, security groups and network ACLs to see what happens.</p>
      </PageHeader>
      <div className="mt-8">
        <Playground networks={networks} />
      </div>
    </div>
  );
}
