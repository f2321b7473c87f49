// Small TCP/HTTP probes (Node built-ins only).
import net from "node:net";

/** True if something accepts TCP connections on host:port within the timeout. */
export function isPortOpen(port, host = "127.0.0.1", timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** True if we can bind the port on all interfaces (what `next start` does). */
function canListen(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port }, () => server.close(() => resolve(true)));
  });
}

/** The first port from `preferred` upwards that is free. */
export async function findFreePort(preferred, attempts = 50) {
  for (let port = preferred; port < preferred + attempts; port++) {
    if ((await canListen(port)) && !(await isPortOpen(port))) return port;
  }
  throw new Error(`No free port in ${preferred}-${preferred + attempts - 1}`);
}

/** Polls a URL until it answers with a status below 500 (or any status, if anyStatus). */
export async function waitForHttp(url, { timeoutMs = 60_000, anyStatus = false, isAlive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && isAlive()) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (anyStatus || response.status < 500) return response;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return null;
}
