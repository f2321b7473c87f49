import { Link } from "@/components/navigation/link";
import { buttonClass } from "@/components/ui/button";

export type ServerErrorTexts = { title: string; text: string; retry: string; home: string; search: string };

/**
 * What a 500 says and where to go on, for app/error.tsx and app/global-error.tsx (both client
 * components by necessity, so the texts come in as props).
 */
export function ServerErrorBody({ texts, reset }: { texts: ServerErrorTexts; reset: () => void }) {
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{texts.title}</h1>
      <p className="mt-4 text-lg">{texts.text}</p>
      <ul className="mt-4 list-disc space-y-1 pl-6">
        <li>
          <Link href="/">{texts.home}</Link>
        </li>
        <li>
          <Link href="/suche">{texts.search}</Link>
        </li>
      </ul>
      <button type="button" onClick={reset} className={`mt-6 ${buttonClass("primary")}`}>
        {texts.retry}
      </button>
    </div>
  );
}
