import { getTranslations } from "next-intl/server";

const KNOWN = ["submit", "publish", "unpublish", "archive", "restore", "verify", "created", "saved"] as const;

/** The confirmation after a redirecting action (?meldung=…); unknown values show nothing. */
export async function DoneBanner({ value }: { value: string | string[] | undefined }) {
  const key = Array.isArray(value) ? value[0] : value;
  if (!key || !(KNOWN as readonly string[]).includes(key)) return null;
  const t = await getTranslations("editor.workflow.done");
  return (
    <div role="status" className="mb-6 border-l-8 border-open bg-green-50 p-4">
      <p className="font-bold">{t(key)}</p>
    </div>
  );
}
