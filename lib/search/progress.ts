// Progress of long jobs (reindex) on stderr: a redrawn bar on a terminal, plain lines every 10 %
// otherwise (CI logs and pipes would fill with carriage returns).

export interface Progress {
  update(done: number): void;
  finish(message: string): void;
}

const WIDTH = 20;

export function bar(done: number, total: number): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(ratio * WIDTH);
  return `[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${Math.floor(ratio * 100)}%`;
}

export function createProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = Boolean(stream.isTTY);
  let lastDecile = -1;
  return {
    update(done) {
      if (tty) {
        stream.write(`\r${label} ${bar(done, total)} ${done}/${total}`);
        return;
      }
      const decile = total > 0 ? Math.floor((Math.min(done, total) / total) * 10) : 10;
      if (decile > lastDecile) {
        lastDecile = decile;
        stream.write(`${label} ${decile * 10}% (${done}/${total})\n`);
      }
    },
    finish(message) {
      stream.write(`${tty ? "\n" : ""}${label} ${message}\n`);
    },
  };
}
