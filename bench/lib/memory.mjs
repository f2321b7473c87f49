// Resident memory of a process and its children (next start spawns the actual next-server).
import { readFileSync, readdirSync } from "node:fs";

function status(pid) {
  try {
    return readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return "";
  }
}

const kib = (text, field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0);

function descendants(pid) {
  const children = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => /^PPid:\s+(\d+)$/m.exec(status(name))?.[1] === String(pid))
    .map(Number);
  return [pid, ...children.flatMap(descendants)];
}

/** { rssMiB, peakMiB } summed over the process tree. */
export function processTreeMemory(pid) {
  const texts = descendants(pid).map(status);
  const sum = (field) => texts.reduce((total, text) => total + kib(text, field), 0) / 1024;
  return { rssMiB: sum("VmRSS"), peakMiB: sum("VmHWM") };
}
