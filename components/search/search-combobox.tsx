"use client";

import { useRef, useState, type ComponentType } from "react";
import { flushSync } from "react-dom";

// The search field of the header and of /suche: a plain input of a GET form, which is all a page
// without JavaScript, or one that is only read, needs. The suggestions (search-combobox-enhanced.tsx)
// are loaded when the field is first focused or typed in, and take over its text, caret and focus.

export interface SearchSuggestTexts {
  listLabel: string;
  /** The suggestion's type in words, by the API's type value. */
  types: Record<string, string>;
  /** The live region's announcement for 0, 1, … suggestions; the last one for any more. */
  counts: string[];
}

export interface SearchComboboxProps {
  id: string;
  name?: string;
  defaultValue?: string;
  className?: string;
  describedBy?: string;
  maxLength?: number;
  texts: SearchSuggestTexts;
}

/** What the plain field held when the suggestions took over. */
export interface TakeOver {
  initialValue: string;
  value: string;
  focused: boolean;
  selectionStart: number;
  selectionEnd: number;
}

type Enhanced = ComponentType<SearchComboboxProps & { takeOver: TakeOver }>;

/** The input's attributes both fields share, so the combobox replaces the plain field one for one. */
export function fieldAttributes({ id, name = "q", className = "", describedBy, maxLength = 200 }: SearchComboboxProps) {
  return { id, name, type: "search", maxLength, "aria-describedby": describedBy, className } as const;
}

export function SearchCombobox(props: SearchComboboxProps) {
  const { defaultValue = "" } = props;
  const input = useRef<HTMLInputElement>(null);
  const loading = useRef(false);
  const [enhanced, setEnhanced] = useState<{ Component: Enhanced; takeOver: TakeOver } | null>(null);

  function load() {
    if (loading.current) return;
    loading.current = true;
    import("./search-combobox-enhanced").then(
      ({ SearchComboboxEnhanced }) => {
        const field = input.current;
        const value = field?.value ?? defaultValue;
        // Read and replaced in one task: no keystroke can fall between the two.
        flushSync(() =>
          setEnhanced({
            Component: SearchComboboxEnhanced,
            takeOver: {
              initialValue: defaultValue,
              value,
              focused: field !== null && document.activeElement === field,
              selectionStart: field?.selectionStart ?? value.length,
              selectionEnd: field?.selectionEnd ?? value.length,
            },
          }),
        );
      },
      // Offline or a failed chunk: the plain field keeps working; the next focus tries again.
      () => {
        loading.current = false;
      },
    );
  }

  if (enhanced) return <enhanced.Component {...props} takeOver={enhanced.takeOver} />;
  return (
    <div className="relative w-full">
      <input ref={input} {...fieldAttributes(props)} defaultValue={defaultValue} onFocus={load} onInput={load} />
    </div>
  );
}
