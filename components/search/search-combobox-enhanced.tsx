"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";

// Search-as-you-type as a progressive enhancement of a plain GET form (WAI-ARIA 1.2 combobox with a
// listbox popup). Before hydration, or without JavaScript, the input is an ordinary search field
// and the form submits to /suche. The input stays uncontrolled, so nothing typed before hydration
// is lost.

interface Suggestion {
  /** The API's type values: the directories' URL segments. */
  type: "foerderprogramme" | "berater" | "dienstleister";
  title: string;
  url: string;
}

interface Props {
  id: string;
  name?: string;
  defaultValue?: string;
  className?: string;
  describedBy?: string;
  maxLength?: number;
}

const DEBOUNCE_MS = 200;
const MIN_CHARS = 2;
const LIMIT = 8;

const noSubscription = () => () => {};

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

export function SearchCombobox({ id, name = "q", defaultValue = "", className = "", describedBy, maxLength = 200 }: Props) {
  const t = useTranslations("search.suggest");
  const router = useRouter();
  // false on the server and during hydration, true afterwards: ARIA only once the popup can work.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<AbortController | null>(null);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState("");

  const listId = `${id}-vorschlaege`;
  const optionId = (index: number) => `${id}-vorschlag-${index}`;

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
        const params = new URLSearchParams({ q, vorschlaege: "1", limit: String(LIMIT) });
        const response = await fetch(`/api/v1/search?${params}`, { signal: controller.signal, headers: { Accept: "application/json" } });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body: unknown = await response.json();
        if (controller.signal.aborted) return;
        const list = (body as { suggestions?: unknown }).suggestions;
        const found = Array.isArray(list) ? list.filter(isSuggestion) : [];
        setSuggestions(found);
        setActive(-1);
        setOpen(found.length > 0);
        setAnnouncement(t("count", { count: found.length }));
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
        id={id}
        name={name}
        type="search"
        defaultValue={defaultValue}
        maxLength={maxLength}
        aria-describedby={describedBy}
        className={className}
        {...(enhanced && {
          role: "combobox",
          autoComplete: "off",
          "aria-autocomplete": "list" as const,
          "aria-expanded": expanded,
          "aria-controls": listId,
          "aria-activedescendant": expanded && active >= 0 ? optionId(active) : undefined,
          onChange: (event: React.ChangeEvent<HTMLInputElement>) => requestSuggestions(event.target.value),
          onKeyDown,
          onBlur: close,
        })}
      />
      {enhanced && (
        <>
          <ul
            id={listId}
            role="listbox"
            aria-label={t("listLabel")}
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
                <span className="block font-semibold">{suggestion.title}</span>
                <span className="block text-sm text-muted">{t(`type.${suggestion.type}`)}</span>
              </li>
            ))}
          </ul>
          <div role="status" className="sr-only">
            {announcement}
          </div>
        </>
      )}
    </div>
  );
}
