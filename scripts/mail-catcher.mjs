// A local mail catcher for the demo and the e2e tests: an SMTP server on loopback that writes every
// mail it receives as an .eml file, plus a small loopback-only web page listing them. Nothing is
// relayed anywhere. Mails never go to a page of the portal: whoever reads them here has the
// machine (issue 11).
//
//   node scripts/mail-catcher.mjs --smtp-port 2525 [--http-port 2580] [--dir .mail] [--clear]
//
// Prints `MAIL_CATCHER_READY smtp://127.0.0.1:<port> [http://127.0.0.1:<port>]` once listening.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

const HOST = "127.0.0.1";
const { values } = parseArgs({
  options: {
    "smtp-port": { type: "string", default: "2525" },
    "http-port": { type: "string" },
    dir: { type: "string", default: ".mail" },
    clear: { type: "boolean", default: false },
  },
});
const dir = resolve(values.dir);
if (values.clear) rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

let sequence = 0;
/** Written under a temporary name and renamed, so a reader never sees half a mail. */
function store(raw) {
  const name = `${Date.now()}-${process.pid}-${String(++sequence).padStart(6, "0")}.eml`;
  writeFileSync(join(dir, `.${name}.tmp`), raw);
  renameSync(join(dir, `.${name}.tmp`), join(dir, name));
}

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  size: 5 * 1024 * 1024,
  logger: false,
  onData(stream, _session, callback) {
    const chunks = [];
    stream.on("data", (chunk) => chunks.push(chunk));
    stream.on("end", () => {
      try {
        store(Buffer.concat(chunks));
        callback();
      } catch (error) {
        callback(error);
      }
    });
  },
});

const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title, body) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
  `<body style="font-family:sans-serif;max-width:60rem;margin:2rem auto">${body}</body></html>`;
const mailFiles = () => readdirSync(dir).filter((f) => f.endsWith(".eml")).sort().reverse();

async function listPage() {
  const rows = [];
  for (const file of mailFiles()) {
    const mail = await simpleParser(readFileSync(join(dir, file)));
    rows.push(
      `<tr><td>${escapeHtml(mail.date?.toLocaleString("de-DE") ?? "")}</td><td>${escapeHtml(mail.to?.text ?? "")}</td>` +
        `<td><a href="/mail/${encodeURIComponent(file)}">${escapeHtml(mail.subject ?? "(ohne Betreff)")}</a></td></tr>`,
    );
  }
  const table = rows.length
    ? `<table><caption>Empfangene E-Mails, neueste zuerst</caption><thead><tr><th>Datum</th><th>An</th><th>Betreff</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
    : "<p>Noch keine E-Mails.</p>";
  return page("Mail-Catcher", `<h1>Mail-Catcher (lokal)</h1><p>Dateien in ${escapeHtml(dir)}</p>${table}`);
}

async function mailPage(file) {
  if (!mailFiles().includes(file)) return null;
  const mail = await simpleParser(readFileSync(join(dir, file)));
  // Links in the text become clickable: this page exists so a local tester can follow them.
  const text = escapeHtml(mail.text ?? "").replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
  return page(mail.subject ?? "E-Mail", `<p><a href="/">Alle E-Mails</a></p><h1>${escapeHtml(mail.subject ?? "")}</h1>` +
    `<p>An: ${escapeHtml(mail.to?.text ?? "")}</p><pre style="white-space:pre-wrap">${text}</pre>`);
}

const web = createServer(async (request, response) => {
  try {
    const url = new URL(request.url ?? "/", `http://${HOST}`);
    const match = /^\/mail\/([^/]+)$/.exec(url.pathname);
    const html = url.pathname === "/" ? await listPage() : match ? await mailPage(decodeURIComponent(match[1])) : null;
    response.writeHead(html ? 200 : 404, { "content-type": "text/html; charset=utf-8", "x-content-type-options": "nosniff" });
    response.end(html ?? page("Nicht gefunden", "<p>Nicht gefunden. <a href=\"/\">Alle E-Mails</a></p>"));
  } catch (error) {
    response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    response.end(`Fehler beim Lesen: ${error.message}`);
  }
});

const listen = (server, port) => new Promise((ok, fail) => server.once("error", fail).listen(Number(port), HOST, ok));
await listen(smtp, values["smtp-port"]);
const urls = [`smtp://${HOST}:${values["smtp-port"]}`];
if (values["http-port"]) {
  await listen(web, values["http-port"]);
  urls.push(`http://${HOST}:${values["http-port"]}`);
}
console.log(`MAIL_CATCHER_READY ${urls.join(" ")}`);

const stop = () => smtp.close(() => web.close(() => process.exit(0)));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
