"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { isRichText, plainTextToHtml } from "@/lib/rich-text/plain";
import { RICH_TEXT_STYLES } from "@/components/ui/rich-text-styles";
import { asString, useField } from "./form-context";
import { borderClass, controlAttributes, FieldFrame, labelId } from "./field-frame";
import { describedBy } from "./field-message";
import { richTextExtensions } from "./rich-text/extensions";
import { LinkPanel } from "./rich-text/link-panel";
import { RichTextPreview } from "./rich-text/preview";
import { RichTextToolbar } from "./rich-text/toolbar";

/** `lang`: the language of what is typed, when it is not the page's (a French translation). */
type Props = { name: string; label: string; hint?: string; required?: boolean; rows?: number; lang?: string };

// Older entries hold plain text; the editor shows it as the public page does (paragraphs, breaks).
const toEditorContent = (text: string) => (isRichText(text) ? text : plainTextToHtml(text));
// An empty editor still holds "<p></p>"; the server must see an empty field to enforce "required".
const editorHtml = (editor: Editor) => (editor.isEmpty ? "" : editor.getHTML());

/**
 * Rich text with a toolbar restricted to the sanitizer's subset and a preview. Progressive
 * enhancement: the server (and a browser without JavaScript) renders the plain <textarea>, which
 * accepts the same subset as HTML; once the editor has started it replaces the textarea, and a
 * hidden input of the same name carries the editor's HTML, so the form posts what it always did
 * and the server sanitizes and validates it as before.
 */
export function RichTextField({ name, label, hint, required, rows = 6, lang }: Props) {
  const field = useField(name);
  const value = asString(field.value);
  const invalid = field.errors.length > 0;
  const [html, setHtml] = useState(value);
  const htmlRef = useRef(value);
  const typedBeforeStart = useRef<string | null>(null);
  const [preview, setPreview] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);
  const extensions = useMemo(() => richTextExtensions(), []);

  const attributes = {
    id: field.id,
    role: "textbox",
    "aria-multiline": "true",
    "aria-labelledby": labelId(field),
    ...(describedBy(hint && field.hintId, invalid && field.errorId) ? { "aria-describedby": describedBy(hint && field.hintId, invalid && field.errorId)! } : {}),
    ...(invalid ? { "aria-invalid": "true" } : {}),
    ...(required ? { "aria-required": "true" } : {}),
    ...(lang ? { lang } : {}),
    class: `${RICH_TEXT_STYLES} px-2 py-1.5 focus-visible:outline-3 focus-visible:outline-focus focus-visible:outline-solid focus-visible:shadow-[inset_0_0_0_2px_var(--color-ink)]`,
    style: `min-height: ${rows * 1.5 + 0.75}rem`,
  };

  const update = (next: string) => {
    htmlRef.current = next;
    setHtml(next);
  };

  // immediatelyRender: false — with server rendering the editor must start after hydration
  // (TipTap throws otherwise); until then, and without JavaScript, the textarea is the field.
  const editor = useEditor({
    extensions,
    content: toEditorContent(value),
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: { attributes },
    onUpdate: ({ editor: e }) => update(editorHtml(e)),
  });

  // The attributes follow the field's errors (after a failed save) without restarting the editor.
  const attributesKey = JSON.stringify(attributes);
  useEffect(() => {
    editor?.setOptions({ editorProps: { attributes: JSON.parse(attributesKey) } });
  }, [editor, attributesKey]);

  // Text typed into the textarea before the editor started is kept.
  useEffect(() => {
    const typed = typedBeforeStart.current;
    if (!editor || typed === null || typed === htmlRef.current) return;
    editor.commands.setContent(toEditorContent(typed), { emitUpdate: false });
    update(typed);
  }, [editor]);

  // A new value from the server (the saved, sanitized text) replaces the content; the echo of
  // what was just sent (a failed save) is the same text and leaves the cursor where it is.
  useEffect(() => {
    if (!editor || value === htmlRef.current) return;
    editor.commands.setContent(toEditorContent(value), { emitUpdate: false });
    update(value);
  }, [editor, value]);

  if (!editor) {
    return (
      <FieldFrame field={field} label={label} hint={hint}>
        <textarea
          {...controlAttributes(name, field, hint)}
          ref={(node) => {
            if (!node) return;
            return () => {
              typedBeforeStart.current = node.value;
            };
          }}
          rows={rows}
          lang={lang}
          key={value}
          defaultValue={value}
          required={required}
          aria-required={required || undefined}
          className={`w-full border-2 px-2 py-1.5 ${borderClass(field)}`}
        />
      </FieldFrame>
    );
  }

  return (
    <FieldFrame field={field} label={label} hint={hint} labelable={false}>
      <div className={`border-2 ${borderClass(field)}`} data-rich-text-editor={name}>
        <RichTextToolbar
          editor={editor}
          label={label}
          preview={preview}
          linkOpen={linkOpen}
          onLink={() => setLinkOpen((open) => !open)}
          onPreview={() => {
            setLinkOpen(false);
            setPreview((shown) => !shown);
          }}
        />
        {linkOpen && !preview && <LinkPanel editor={editor} id={`${field.id}-link`} onClose={() => setLinkOpen(false)} />}
        <div hidden={preview}>
          <EditorContent editor={editor} />
        </div>
        {preview && <RichTextPreview html={html} label={label} />}
      </div>
      <input type="hidden" name={name} value={html} />
    </FieldFrame>
  );
}
