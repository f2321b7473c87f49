import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { IntlFormTexts } from "@/components/forms/intl-form-texts";
import { WorkspaceNav } from "@/components/workspace/workspace-nav";
import { getActor } from "@/lib/auth/session";

export const metadata: Metadata = { robots: { index: false, follow: false } };

// Client components of the signed-in area get the namespaces they use.
const CLIENT_NAMESPACES = ["common", "editor", "editorBulk", "auth", "account", "programmeEditor", "directoryEditor", "importExport", "editorOverview", "selfService", "signup"] as const;

// Signed-in shell. Pages check their own permission (lib/auth/guard.ts); services check again.
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const [actor, messages] = await Promise.all([getActor(), getMessages()]);
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]));
  return (
    <NextIntlClientProvider messages={clientMessages}>
      {/* Without a session the page's own guard redirects to the sign-in page (keeping its path). */}
      {actor && <WorkspaceNav actor={actor} />}
      <IntlFormTexts>{children}</IntlFormTexts>
    </NextIntlClientProvider>
  );
}
