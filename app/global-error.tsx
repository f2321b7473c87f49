"use client";

import { ServerErrorBody } from "@/components/errors/server-error-body";
import texts from "@/messages/de/serverError.json";
import "./globals.css";

// Replaces the root layout when the layout itself fails, so it brings its own <html lang>, title
// and landmark; no next-intl provider is left above it, so the German texts are read directly.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="de">
      <body className="flex min-h-screen flex-col bg-white text-ink antialiased">
        <title>{texts.documentTitle}</title>
        <main id="inhalt" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          <ServerErrorBody texts={texts} reset={reset} />
        </main>
      </body>
    </html>
  );
}
