"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { Editor } from "@tiptap/react";
import { buttonClass } from "@/components/ui/button";
import { normalizeLinkTarget } from "@/lib/rich-text/link";

/**
 * Sets, changes or removes the link at the selection. Not a <form> (it sits inside the page's
 * form), so Enter is caught here instead of submitting the page; the input has no name and is
 * never required, so it neither travels with nor blocks the page's submit.
 */
export function LinkPanel({ editor, id, onClose }: { editor: Editor; id: string; onClose: () => void }) {
  const t = useTranslations("editor.richTextEditor");
  const input = useRef<HTMLInputElement>(null);
  const existing = editor.isActive("link") ? String(editor.getAttributes("link").href ?? "") : "";
  const [target, setTarget] = useState(existing);
  const [invalid, setInvalid] = useState(false);

  useEffect(() => input.current?.focus(), []);

  function apply() {
    const href = normalizeLinkTarget(target);
    if (!href) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    const chain = editor.chain().focus().extendMarkRange("link");
    if (editor.state.selection.empty && !editor.isActive("link")) {
      // Nothing selected: the address itself becomes the link text.
      const text = href.replace(/^mailto:/, "");
      chain.insertContent({ type: "text", text, marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    onClose();
  }

  function remove() {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose();
  }

  function cancel() {
    editor.commands.focus();
    onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      apply();
    } else if (event.key === "Escape") {
      event.preventDefault();
      cancel();
    }
  }

  return (
    <div role="group" aria-labelledby={`${id}-titel`} className="space-y-1 border-b-2 border-ink bg-brand-50 p-2">
      <p id={`${id}-titel`} className="font-semibold">
        {t("linkTitle")}
      </p>
      <label htmlFor={id} className="block">
        {t("linkTarget")}
      </label>
      <p id={`${id}-hinweis`} className="text-sm text-muted">
        {t("linkHint")}
      </p>
      {invalid && (
        <p id={`${id}-fehler`} className="font-bold text-closed">
          {t("linkInvalid")}
        </p>
      )}
      <input
        ref={input}
        id={id}
        type="text"
        inputMode="url"
        autoComplete="off"
        value={target}
        onChange={(event) => {
          setTarget(event.target.value);
          setInvalid(false);
        }}
        onKeyDown={onKeyDown}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-hinweis ${id}-fehler` : `${id}-hinweis`}
        className={`w-full border-2 bg-white px-2 py-1.5 ${invalid ? "border-closed" : "border-ink"}`}
      />
      <div className="flex flex-wrap gap-2 pt-1">
        <button type="button" onClick={apply} className={buttonClass("primary", "sm")}>
          {t("linkApply")}
        </button>
        {existing && (
          <button type="button" onClick={remove} className={buttonClass("secondary", "sm")}>
            {t("linkRemove")}
          </button>
        )}
        <button type="button" onClick={cancel} className={buttonClass("secondary", "sm")}>
          {t("linkCancel")}
        </button>
      </div>
    </div>
  );
}
