import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { NotFoundBody } from "./not-found-body";

/**
 * The 404 of a page whose entry is missing, rendered on the server.
 *
 * Why not just notFound(): in Next 16 a notFound() thrown by a page fails React's HTML shell, and
 * Next answers with an empty `<html id="__next_error__">` (no lang, no heading) whose 404 content
 * appears only once JavaScript runs (vercel/next.js#62228). Here the page itself renders the
 * not-found content, so the shell (root layout with `lang`, header, footer) is complete HTML; the
 * notFound() thrown inside a Suspense boundary still sets the 404 status (Next updates the status
 * for an access error inside a boundary) and, once hydrated, the router shows app/not-found.tsx,
 * which renders the same NotFoundBody.
 */
export function InPageNotFound() {
  return (
    <>
      <NotFoundBody />
      <Suspense fallback={null}>
        <SignalNotFound />
      </Suspense>
    </>
  );
}

async function SignalNotFound(): Promise<never> {
  notFound();
}

/** The metadata of a page that renders InPageNotFound: its title says so (WCAG 2.4.2), no index. */
export async function notFoundMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.notFound");
  return { title: t("title"), robots: { index: false } };
}
