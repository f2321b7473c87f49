"use client";

import { useRouter } from "next/navigation";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { isLocale } from "@/lib/i18n/config";
import { fieldAttributes, type SearchComboboxProps, type TakeOver } from "./search-combobox";

// Search-as-you-type (WAI-ARIA 1.2 combobox with a listbox popup). Loaded by SearchCombobox only
// when the search field is first used, so pages do not carry it; it takes over the plain field's
// text, caret and focus. The texts come from the server (suggest-texts.ts), so no message catalogue
// is shipped to the browser.

interface Suggestion {
  /** The API's type values: the directories' URL segments. */
  type: "foerderprogramme" | "berater" | "dienstleister";
  title: string;
  /** The entry's page in the language asked for (`lang`). */
  url: string;
  /** "de" when the title is German on a French or English page (the API's textLanguages). */
  titleLang?: "de";
}

interface Props extends SearchComboboxProps {
  takeOver: TakeOver;
}

const DEBOUNCE_MS = 200;
const MIN_CHARS = 2;

function isSuggestion(value: unknown): value is Suggestion {
  if (!value || typeof value !== "object") return false;
  const s = value as Record<string, unknown>;
  // Only same-origin paths are followed.
  return (
    typeof s.title === "string" &&
    typeof s.url === "string" &&
    s.url.startsWith("/") &&
    !s.url.startsWith("//") &&
    (s.type === "foerderprogramme" || s.type === "berater" || s.type === "dienstleister")
  );
}

/** The page's language when it is not German (<html lang>): the API then answers in it. */
function pageLanguage(): "fr" | "en" | null {
  const lang = document.documentElement.lang;
  return isLocale(lang) && lang !== "de" ? lang : null;
}

/** A suggestion as the list shows it, its German title marked on a French or English page. */
function toSuggestion(value: Suggestion & { textLanguages?: { title?: unknown } }): Suggestion {
  const german = value.textLanguages?.title === "de";
  return { type: value.type, title: value.title, url: value.url, ...(german && { titleLang: "de" as const }) };
}

export function SearchComboboxEnhanced(props: Props) {
  const { id, texts, takeOver } = props;
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<AbortController | null>(null);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState("");

  const listId = `${id}-vorschlaege`;
  const optionId = (index: number) => `${id}-vorschlag-${index}`;

  // Before the browser paints: the same text, caret and focus as the plain field it replaces.
  useLayoutEffect(() => {
    const field = input.current;
    if (!field) return;
    field.value = takeOver.value;
    if (takeOver.focused) {
      field.focus();
      field.setSelectionRange(takeOver.selectionStart, takeOver.selectionEnd);
    }
    if (takeOver.value !== takeOver.initialValue) requestSuggestions(takeOver.value);
    // Runs once: the field is uncontrolled from here on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      pending.current?.abort();
    },
    [],
  );

  useEffect(() => {
    if (open && active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  });

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function reset() {
    clearTimeout(timer.current);
    pending.current?.abort();
    pending.current = null;
    setSuggestions([]);
    close();
  }

  function requestSuggestions(text: string) {
    clearTimeout(timer.current);
    pending.current?.abort();
    const q = text.trim();
    if (q.length < MIN_CHARS) {
      reset();
      setAnnouncement("");
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      pending.current = controller;
      try {
        const params = new URLSearchParams({ q, vorschlaege: "1", limit: String(texts.counts.length - 1) });
        const lang = pageLanguage();
        if (lang) params.set("lang", lang);
        const response = await fetch(`/api/v1/search?${params}`, { signal: controller.signal, headers: { Accept: "application/json" } });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body: unknown = await response.json();
        if (controller.signal.aborted) return;
        const list = (body as { suggestions?: unknown }).suggestions;
        const found = Array.isArray(list) ? list.filter(isSuggestion).map(toSuggestion) : [];
        setSuggestions(found);
        setActive(-1);
        setOpen(found.length > 0);
        setAnnouncement(texts.counts[Math.min(found.length, texts.counts.length - 1)] ?? "");
      } catch {
        // Aborted by a newer keystroke, or the API is unavailable: the form still works.
        if (!controller.signal.aborted) {
          setSuggestions([]);
          close();
        }
      }
    }, DEBOUNCE_MS);
  }

  function choose(suggestion: Suggestion) {
    if (input.current) input.current.value = suggestion.title;
    reset();
    // Asked with the page's language, the API names the entry's page in it.
    router.push(suggestion.url);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    const count = suggestions.length;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (count === 0) return;
        event.preventDefault();
        const down = event.key === "ArrowDown";
        setActive((current) => (!open ? (down ? 0 : count - 1) : down ? (current + 1) % count : current <= 0 ? count - 1 : current - 1));
        setOpen(true);
        return;
      }
      case "Enter": {
        const selected = open ? suggestions[active] : undefined;
        if (selected) {
          event.preventDefault();
          choose(selected);
        }
        return;
      }
      case "Escape":
        if (open) {
          event.preventDefault();
          close();
        }
        return;
      case "Tab":
        close();
        return;
    }
  }

  const expanded = open && suggestions.length > 0;
  return (
    <div className="relative w-full">
      <input
        ref={input}
        {...fieldAttributes(props)}
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        onChange={(event) => requestSuggestions(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={texts.listLabel}
        hidden={!expanded}
        className="absolute left-0 right-0 top-full z-40 mt-1 max-h-96 overflow-y-auto border-2 border-ink bg-white text-left text-ink shadow-[0_4px_0_rgba(11,12,12,0.25)]"
      >
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.url}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            // Keeps the focus in the input, so the popup does not close before the click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(suggestion)}
            className={`cursor-pointer border-b border-line px-3 py-2 last:border-b-0 ${
              index === active ? "bg-focus shadow-[inset_4px_0_0_#0b0c0c]" : "hover:bg-brand-50"
            }`}
          >
            <span className="block font-semibold" lang={suggestion.titleLang}>
              {suggestion.title}
            </span>
            <span className="block text-sm text-muted">{texts.types[suggestion.type]}</span>
          </li>
        ))}
      </ul>
      <div role="status" className="sr-only">
        {announcement}
      </div>
    </div>
  );
}
