import { describe, expect, it } from "vitest";
import { bar, createProgress } from "@/lib/search/progress";

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, write: (chunk: string) => chunks.push(chunk) } as unknown as NodeJS.WriteStream };
}

describe("progress output", () => {
  it("draws a bar", () => {
    expect(bar(42, 100)).toBe("[########............] 42%");
    expect(bar(0, 0)).toBe("[####################] 100%");
  });

  it("redraws one line on a terminal and writes plain lines every 10 % otherwise", () => {
    const tty = stream(true);
    const p = createProgress("x", 10, tty.stream);
    p.update(5);
    p.finish("done");
    expect(tty.chunks).toEqual(["\rx [##########..........] 50% 5/10", "\nx done\n"]);

    const plain = stream(false);
    const q = createProgress("x", 100, plain.stream);
    for (let i = 0; i <= 100; i += 1) q.update(i);
    expect(plain.chunks).toHaveLength(11);
    expect(plain.chunks[1]).toBe("x 10% (10/100)\n");
  });
});
