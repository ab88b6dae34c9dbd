/**
 * The part of a lesson lab that needs the engine in the browser: the controller (engine, edits, layouts), the
 * narrative, the probe's words from the model, and the editors. LessonLab imports this module only when the lab
 * comes into view or is used, so a lesson page's first load carries none of it.
 */
export { createNetworkLabController } from "./network-lab-controller";
export { LabEditors } from "./LabEditors";
export { probeIdOf } from "./selection";
export { narrate } from "@/components/network/narrative";
export { probeTextOf } from "@/components/path-probe/probe-text";
