/** Words for an exercise's difficulty and concepts, shared by the lists and the player. */
import { slugWords } from "@/lib/content/slug-words";
import type { Exercise } from "@/lib/exercises/exercise-schema";

export const DIFFICULTY_LABEL: Record<Exercise["difficulty"], string> = { starter: "Starter", core: "Core", challenge: "Challenge" };

/** "network-acl" → "network ACL" */
export const conceptLabel = slugWords;
