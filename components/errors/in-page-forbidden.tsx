import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ForbiddenBody } from "./forbidden-body";

/**
 * The 403 of a layout or page, rendered on the server (the reasons are those of
 * in-page-not-found.tsx). In a dynamic page the forbidden() inside the boundary does not set the
 * status; proxy.ts sets 403 for the areas of lib/auth/area-permissions.ts. Once hydrated the
 * router shows app/[locale]/forbidden.tsx, which renders the same ForbiddenBody.
 */
export function InPageForbidden() {
  return (
    <>
      <ForbiddenBody />
      <Suspense fallback={null}>
        <SignalForbidden />
      </Suspense>
    </>
  );
}

async function SignalForbidden(): Promise<never> {
  forbidden();
}

/**
 * The refusal's title, for generateMetadata of a refused page or layout. The template carries the
 * refusal too: a layout's title template is what its child pages' titles are put into.
 */
export async function forbiddenMetadata(): Promise<Metadata> {
  const [t, site] = await Promise.all([getTranslations("editor.forbidden"), getTranslations("common.site")]);
  return { title: { default: t("title"), template: `${t("title")} – ${site("name")}` }, robots: { index: false } };
}
