// nginx for the cluster tests and the load benchmark: deploy/nginx/regiontrier.conf rendered for
// loopback ports and a private prefix (pid, logs, temp and cache dirs in a temp folder, no root
// paths), run in the foreground. Node built-ins only.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { join, resolve } from "node:path";
import { waitForHttp } from "./net.mjs";
import { heading, run, startBackground } from "./proc.mjs";

const SITE_CONFIG = "deploy/nginx/regiontrier.conf";
const NGINX = "/usr/sbin/nginx";
// The site config compresses with brotli too (Debian's module, as in production).
const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so";
const PACKAGES = ["nginx", "libnginx-mod-http-brotli-filter"];

/** Installs Debian's nginx and its brotli module with apt-get when missing (as root, or with sudo -n). */
export async function ensureNginx() {
  if (existsSync(NGINX) && existsSync(BROTLI_MODULE)) return NGINX;
  heading(`nginx or its brotli module is missing: apt-get install -y ${PACKAGES.join(" ")}`);
  const [command, ...prefix] = process.getuid?.() === 0 ? ["apt-get"] : ["sudo", "-n", "apt-get"];
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  let { code } = await run(command, [...prefix, "install", "-y", ...PACKAGES], { env });
  if (code !== 0) {
    ({ code } = await run(command, [...prefix, "update"], { env }));
    if (code === 0) ({ code } = await run(command, [...prefix, "install", "-y", ...PACKAGES], { env }));
  }
  if (code !== 0 || !existsSync(NGINX) || !existsSync(BROTLI_MODULE)) throw new Error(`apt-get install -y ${PACKAGES.join(" ")} failed (exit code ${code})`);
  return NGINX;
}

function replaceOnce(text, pattern, replacement, what) {
  if (!pattern.test(text)) throw new Error(`${SITE_CONFIG}: ${what} not found; the cluster test renders it (scripts/lib/nginx.mjs)`);
  return text.replace(pattern, replacement);
}

/** The production site config with these upstream ports, this listen port, no TLS, local paths. */
export function renderSiteConfig({ listenPort, upstreamPorts, dir }) {
  let text = readFileSync(SITE_CONFIG, "utf8");
  const servers = upstreamPorts.map((port) => `    server 127.0.0.1:${port} max_fails=3 fail_timeout=10s;`).join("\n");
  text = replaceOnce(text, /# BEGIN instances[^\n]*\n[\s\S]*?# END instances/, `# instances\n${servers}`, "the instances block");
  text = replaceOnce(text, /# BEGIN redirect[\s\S]*?# END redirect\n/, "", "the redirect block");
  text = replaceOnce(text, /listen 443 ssl;/, `listen 127.0.0.1:${listenPort};`, "listen 443 ssl");
  text = text.replace(/^\s*(listen \[::\]:443 ssl;|http2 on;|ssl_[a-z_]+ [^\n]*;)\n/gm, "");
  text = replaceOnce(text, /proxy_cache_path \/var\/cache\/nginx\/regiontrier /, `proxy_cache_path ${join(dir, "cache")} `, "proxy_cache_path");
  text = replaceOnce(text, /root \/srv\/regiontrier\/current\/deploy;/, `root ${resolve("deploy")};`, "the maintenance page's root");
  return text;
}

/** nginx's access log in a startNginx `dir`. */
export const accessLogPath = (dir) => join(dir, "logs", "access.log");

/** Writes nginx.conf into `dir` and starts nginx in the foreground; resolves once it answers. */
export async function startNginx({ listenPort, upstreamPorts, dir }) {
  const nginx = await ensureNginx();
  for (const sub of ["tmp", "cache", "logs"]) mkdirSync(join(dir, sub), { recursive: true });
  // As root the workers would run as nobody and could not write the temp folder: keep our user.
  const user = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : "";
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `  ${kind}_temp_path ${join(dir, "tmp", kind)};`).join("\n");
  const conf = `${user}load_module ${BROTLI_MODULE};
worker_processes 1;
pid ${join(dir, "nginx.pid")};
error_log ${join(dir, "logs", "error.log")} warn;
events { worker_connections 1024; }
http {
  types { text/html html; text/css css; application/javascript js; }
  default_type application/octet-stream;
  # The combined format plus the client's X-Request-Id (tests/cluster/hops.spec.ts counts its lines).
  log_format withid '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent" id="$http_x_request_id"';
  access_log ${accessLogPath(dir)} withid;
${temp}
${renderSiteConfig({ listenPort, upstreamPorts, dir })}
}
`;
  const confPath = join(dir, "nginx.conf");
  writeFileSync(confPath, conf);
  const args = ["-p", dir, "-e", join(dir, "logs", "error.log"), "-c", confPath, "-g", "daemon off;"];
  const test = await run(nginx, [...args.slice(0, 6), "-t"], { quiet: true });
  if (test.code !== 0) throw new Error(`nginx -t failed for ${confPath} (see ${join(dir, "logs", "error.log")})`);
  const child = startBackground(nginx, args, { stdio: ["ignore", "inherit", "inherit"] });
  const url = `http://127.0.0.1:${listenPort}`;
  // Any answer will do (the instances may not be up yet: then it is the maintenance page).
  const answered = await waitForHttp(`${url}/maintenance-probe`, { timeoutMs: 15_000, anyStatus: true, isAlive: () => child.exitCode === null });
  if (!answered) throw new Error("nginx did not start");
  return { child, url, confPath };
}
