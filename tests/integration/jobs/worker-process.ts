import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { testDatabaseUrl } from "../../setup/test-database.ts";

// A real `npm run worker` process against the test database, with short retry and expiry times
// (the JOBS_* variables of lib/env.ts), for the tests where a process that dies is the point.
export const FAST_JOBS = {
  JOBS_RETRY_LIMIT: "4",
  JOBS_RETRY_DELAY_SECONDS: "1",
  JOBS_EXPIRE_SECONDS: "3",
  JOBS_POLL_SECONDS: "0.5",
  JOBS_SUPERVISE_SECONDS: "1",
};

export function spawnWorker(env: Record<string, string>): ChildProcess & { output: string[] } {
  const child = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/worker.ts"], {
    env: { ...process.env, NODE_ENV: "test", DATABASE_URL: testDatabaseUrl, ...FAST_JOBS, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    // its own process group, so that SIGKILL reaches tsx's node child too
    detached: true,
  }) as ChildProcess & { output: string[] };
  child.output = [];
  child.stdout!.on("data", (chunk: Buffer) => child.output.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => child.output.push(chunk.toString()));
  return child;
}

/** SIGTERM goes to tsx, which hands it to the worker and exits with its code; SIGKILL hits the whole group. */
export async function killWorker(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  if (signal === "SIGKILL") process.kill(-child.pid!, signal);
  else child.kill(signal);
  return exited;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export type Received = { to: string[]; text: string };

/** An SMTP server that records what it accepts; `hold` keeps a message unanswered (a send in flight), `delayMs` answers late. */
export function smtpCatcher(options: { hold?: (to: string[]) => boolean; delayMs?: number } = {}) {
  const received: Received[] = [];
  const arrived: string[][] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((r) => r.address);
      arrived.push(to);
      // Decided when the message arrives, not when its data has been read: a held message whose
      // sender was killed may still finish reading after the test stopped holding, and must not
      // count as received then (it was never answered).
      const held = options.hold?.(to) ?? false;
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        if (held) return;
        if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
        const parsed = await simpleParser(Buffer.concat(chunks));
        received.push({ to, text: parsed.text ?? "" });
        callback();
      });
    },
  });
  return {
    received,
    arrived,
    listen: (port: number) => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
