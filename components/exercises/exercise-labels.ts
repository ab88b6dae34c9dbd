/** Words for an exercise's difficulty and concepts, shared by the lists and the player. */
import type { Exercise } from "@/lib/exercises/exercise-schema";

export const DIFFICULTY_LABEL: Record<Exercise["difficulty"], string> = { starter: "Starter", core: "Core", challenge: "Challenge" };

/** "security-groups" → "security groups" */
export const conceptLabel = (concept: string) => concept.replace(/-/g, " ");
