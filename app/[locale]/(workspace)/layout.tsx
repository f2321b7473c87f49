import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { IntlFormTexts } from "@/components/forms/intl-form-texts";
import { WorkspaceNav } from "@/components/workspace/workspace-nav";
import { getActor } from "@/lib/auth/session";
import { WORKSPACE_CLIENT_NAMESPACES } from "@/lib/i18n/workspace-namespaces";

export const metadata: Metadata = { robots: { index: false, follow: false } };

// Signed-in shell. Pages check their own permission (lib/auth/guard.ts); services check again.
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const [actor, messages] = await Promise.all([getActor(), getMessages()]);
  const clientMessages = Object.fromEntries(WORKSPACE_CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]));
  return (
    <NextIntlClientProvider messages={clientMessages}>
      {/* Without a session the page's own guard redirects to the sign-in page (keeping its path). */}
      {actor && <WorkspaceNav actor={actor} />}
      <IntlFormTexts>{children}</IntlFormTexts>
    </NextIntlClientProvider>
  );
}
