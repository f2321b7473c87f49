// The engines return highlights as HTML-escaped text with <mark>…</mark> around matches. We do not
// trust that contract blindly before dangerouslySetInnerHTML: everything except the literal tags
// <mark> and </mark> is decoded and escaped again, so any other markup ends up as visible text.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] !== "#") return NAMED[body.toLowerCase()] ?? entity;
    const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "\uFFFD";
  });
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Safe HTML for a highlighted engine string: only balanced <mark> elements survive. */
export function renderHighlight(html: string): string {
  let out = "";
  let open = false;
  for (const part of html.split(/(<mark>|<\/mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === "<mark>") {
      if (!open) out += "<mark>";
      open = true;
    } else if (tag === "</mark>") {
      if (open) out += "</mark>";
      open = false;
    } else {
      out += escape(decodeEntities(part));
    }
  }
  return open ? `${out}</mark>` : out;
}
