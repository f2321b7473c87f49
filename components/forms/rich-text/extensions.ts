import Bold from "@tiptap/extension-bold";
import Document from "@tiptap/extension-document";
import HardBreak from "@tiptap/extension-hard-break";
import Heading from "@tiptap/extension-heading";
import Italic from "@tiptap/extension-italic";
import Link from "@tiptap/extension-link";
import { BulletList, ListItem, ListKeymap, OrderedList } from "@tiptap/extension-list";
import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";
import { UndoRedo } from "@tiptap/extensions";
import { normalizeLinkTarget } from "@/lib/rich-text/link";

// The editor's schema is exactly the sanitizer's subset (lib/rich-text/sanitize.ts ALLOWED_TAGS:
// p, br, strong, em, ul, ol, li, a, h3, h4); tests/unit/rich-text/editor-schema.test.ts holds the
// two together. Pasted content outside it is reduced by ProseMirror's parser to these nodes, and
// the server sanitizes every save again: the editor is a convenience, never the boundary.
export const HEADING_LEVELS = [3, 4] as const;

export function richTextExtensions() {
  return [
    Document,
    Paragraph,
    Text,
    HardBreak,
    Bold,
    Italic,
    Heading.configure({ levels: [...HEADING_LEVELS] }),
    BulletList,
    OrderedList,
    ListItem,
    ListKeymap,
    UndoRedo,
    Link.configure({
      openOnClick: false,
      autolink: false,
      linkOnPaste: true,
      defaultProtocol: "https",
      isAllowedUri: (url) => normalizeLinkTarget(url) !== null,
      // The sanitizer writes rel itself and drops target; leaving them out keeps the preview honest.
      HTMLAttributes: { target: null, rel: null },
    }),
  ];
}
