// A readable diff of two texts for history views: word by word for ordinary texts, line by line
// when they are long (the LCS table grows with the product of both lengths).
export type DiffPart = { kind: "same" | "removed" | "added"; text: string };

const MAX_CELLS = 2_000_000;

const words = (text: string) => text.match(/\s+|[^\s]+/g) ?? [];
const lines = (text: string) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

function lcsDiff(a: string[], b: string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[at(i, j)] = a[i] === b[j] ? table[at(i + 1, j + 1)]! + 1 : Math.max(table[at(i + 1, j)]!, table[at(i, j + 1)]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string) => {
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push("same", a[i]!);
      i++;
      j++;
    } else if (table[at(i + 1, j)]! >= table[at(i, j + 1)]!) push("removed", a[i++]!);
    else push("added", b[j++]!);
  }
  while (i < n) push("removed", a[i++]!);
  while (j < m) push("added", b[j++]!);
  return parts;
}

export function diffText(before: string, after: string): DiffPart[] {
  const [a, b] = [words(before), words(after)];
  if ((a.length + 1) * (b.length + 1) <= MAX_CELLS) return lcsDiff(a, b);
  const [la, lb] = [lines(before), lines(after)];
  if ((la.length + 1) * (lb.length + 1) <= MAX_CELLS) return lcsDiff(la, lb);
  return [
    { kind: "removed", text: before },
    { kind: "added", text: after },
  ];
}
