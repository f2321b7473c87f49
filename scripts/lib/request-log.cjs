// Preloaded into a cluster test's web instances (`node --require`, scripts/lib/cluster.mjs): one
// JSON line per HTTP request the process accepts, into REQUEST_LOG_FILE, with the X-Request-Id the
// client sent. tests/cluster/hops.spec.ts counts how often one client request reaches an instance:
// a rewrite Next treats as external arrives as a second request with the same headers. Test only;
// the deployed units start `next start` without it. Node built-ins only.
"use strict";
const { appendFileSync } = require("node:fs");
const http = require("node:http");

const file = process.env.REQUEST_LOG_FILE;
if (file) {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, request, ...rest) {
    if (event === "request") {
      const line = { id: request.headers["x-request-id"] ?? null, method: request.method, url: request.url, host: request.headers.host ?? null };
      appendFileSync(file, `${JSON.stringify(line)}\n`);
    }
    return emit.call(this, event, request, ...rest);
  };
}
