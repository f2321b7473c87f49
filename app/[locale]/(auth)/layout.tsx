import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { connection } from "next/server";
import { IntlFormTexts } from "@/components/forms/intl-form-texts";

export const metadata: Metadata = { robots: { index: false, follow: false } };

// The sign-in form is a client component (useActionState); it needs the form texts of "editor"
// (error summary, field messages, through IntlFormTexts) and its own "auth" texts.
//
// Every page here renders per request: proxy.ts gives these paths a Content Security Policy with a
// fresh nonce, which Next can only put on the scripts of a page it renders for that request (a
// prerendered page would keep the nonce of the request that rendered it, and its scripts would be
// blocked). See lib/security/content-security-policy.ts.
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  await connection();
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={{ editor: messages.editor, auth: messages.auth, account: messages.account, selfService: messages.selfService }}>
      <IntlFormTexts>{children}</IntlFormTexts>
    </NextIntlClientProvider>
  );
}
