"use client";

import { ServerErrorBody } from "@/components/errors/server-error-body";
import texts from "@/messages/de/serverError.json";

// Never a stack trace to users: the digest is logged server-side by Next. The texts are read from
// the catalogue file like global-error.tsx does: an error boundary is part of every page's
// JavaScript, and the message-format runtime of a client provider would come with it.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ServerErrorBody texts={texts} reset={reset} />;
}
