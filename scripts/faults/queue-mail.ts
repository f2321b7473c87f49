// Used by `npm run test:faults`: queues one mail through the app's own outbox (lib/mail/queue.ts,
// the same transaction and mail.deliver job as an invitation), prints its id.
import { db } from "@/lib/db/client";
import { queueMail } from "@/lib/mail/queue";

const to = process.argv[2] ?? "stoerungstest@example.org";
const id = await db.$transaction((tx) =>
  queueMail(tx, { to, kind: "fault-test", content: { subject: "Störungstest", paragraphs: ["Diese Nachricht prüft die Zustellung nach einer Störung."] } }),
);
console.log(id);
await db.$disconnect();
// The job sender (pg-boss) keeps its pool open: end the process, the job is committed.
process.exit(0);
