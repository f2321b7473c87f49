"use client";

import { useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { useEditorState, type Editor } from "@tiptap/react";
import { buttonClass } from "@/components/ui/button";

type Props = { editor: Editor; label: string; preview: boolean; onPreview: () => void; onLink: () => void; linkOpen: boolean };

// Exactly the sanitizer's subset, nothing else (no raw HTML mode): see extensions.ts.
const FORMATS = [
  { key: "bold", shortcut: "Control+B", active: (e: Editor) => e.isActive("bold"), run: (e: Editor) => e.chain().focus().toggleBold().run() },
  { key: "italic", shortcut: "Control+I", active: (e: Editor) => e.isActive("italic"), run: (e: Editor) => e.chain().focus().toggleItalic().run() },
  { key: "heading3", active: (e: Editor) => e.isActive("heading", { level: 3 }), run: (e: Editor) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { key: "heading4", active: (e: Editor) => e.isActive("heading", { level: 4 }), run: (e: Editor) => e.chain().focus().toggleHeading({ level: 4 }).run() },
  { key: "bulletList", active: (e: Editor) => e.isActive("bulletList"), run: (e: Editor) => e.chain().focus().toggleBulletList().run() },
  { key: "orderedList", active: (e: Editor) => e.isActive("orderedList"), run: (e: Editor) => e.chain().focus().toggleOrderedList().run() },
] as const;

const TEXT_STYLE: Record<string, string> = { bold: "font-extrabold", italic: "italic" };
// Pressed is shown by shape as well as colour (an inset ink frame), not by colour alone.
const PRESSED = "aria-pressed:bg-brand-50 aria-pressed:shadow-[inset_0_0_0_2px_var(--color-ink)]";

/** WAI-ARIA toolbar: one tab stop, arrow keys move between the buttons. */
export function RichTextToolbar({ editor, label, preview, onPreview, onLink, linkOpen }: Props) {
  const t = useTranslations("editor.richTextEditor");
  const [current, setCurrent] = useState<string>("bold");
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      ...Object.fromEntries(FORMATS.map((f) => [f.key, f.active(e)])),
      link: e.isActive("link"),
    }) as Record<string, boolean>,
  });

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>("button:not(:disabled)")];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined || index === -1) return;
    event.preventDefault();
    const target = buttons[(next + buttons.length) % buttons.length]!;
    setCurrent(target.dataset.key!);
    target.focus();
  }

  const button = (key: string, pressed: boolean, onClick: () => void, extra: { disabled?: boolean; shortcut?: string; expanded?: boolean } = {}) => (
    <button
      key={key}
      type="button"
      data-key={key}
      tabIndex={key === current ? 0 : -1}
      aria-pressed={pressed}
      aria-expanded={extra.expanded}
      aria-keyshortcuts={extra.shortcut}
      disabled={extra.disabled}
      onClick={() => {
        setCurrent(key);
        onClick();
      }}
      className={`${buttonClass("secondary", "sm")} ${PRESSED} ${TEXT_STYLE[key] ?? ""}`}
    >
      {t(key)}
    </button>
  );

  return (
    <div role="toolbar" aria-label={t("toolbar", { label })} onKeyDown={onKeyDown} className="flex flex-wrap gap-2 border-b-2 border-ink bg-white p-2">
      {FORMATS.map((f) => button(f.key, !preview && Boolean(state[f.key]), () => f.run(editor), { disabled: preview, shortcut: "shortcut" in f ? f.shortcut : undefined }))}
      {button("link", !preview && Boolean(state.link), onLink, { disabled: preview, expanded: linkOpen })}
      {button("preview", preview, onPreview)}
    </div>
  );
}
