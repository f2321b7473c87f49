import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

export const metadata: Metadata = { robots: { index: false, follow: false } };

// The sign-in form is a client component (useActionState); it needs the form texts of "editor"
// (error summary, field messages) and its own "auth" texts.
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ editor: messages.editor, auth: messages.auth, account: messages.account, selfService: messages.selfService }}>{children}</NextIntlClientProvider>;
}
