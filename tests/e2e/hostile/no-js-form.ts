import type { APIRequestContext, APIResponse } from "@playwright/test";

// A form submitted the way a browser without JavaScript does: the page's server-rendered <form>
// (React puts the action id and its bound arguments into hidden $ACTION_… fields) posted as
// multipart/form-data to the page's own URL, with the browser's Origin header.

export type NoJsForm = { path: string; hidden: [string, string][]; textFields: string[] };

const TEXT_TYPES = new Set([undefined, "text", "email", "url", "tel", "search", "date", "number"]);

const decode = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]!) : undefined;
}

/** The hidden fields of the page's POST form with a field whose name starts with `field` (not the header's sign-out form). */
export async function readForm(request: APIRequestContext, path: string, field: string): Promise<NoJsForm> {
  const html = await (await request.get(path)).text();
  const forms = html.match(/<form\b[^>]*method="POST"[^>]*>[\s\S]*?<\/form>/g) ?? [];
  const form = forms.find((f) => f.includes(`name="${field}`));
  if (!form) throw new Error(`no POST form with a field "${field}" on ${path}`);
  const hidden: [string, string][] = [];
  const textFields = new Set<string>();
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    const type = attribute(tag, "type");
    if (name && type === "hidden") hidden.push([name, attribute(tag, "value") ?? ""]);
    else if (name && TEXT_TYPES.has(type)) textFields.add(name);
  }
  for (const [tag] of form.matchAll(/<textarea\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    if (name) textFields.add(name);
  }
  return { path, hidden, textFields: [...textFields] };
}

/** The form's bound arguments ($ACTION_n:1), e.g. a token bound with action.bind(null, token), replaced. */
export function withBoundArgs(form: NoJsForm, replace: (args: unknown[]) => unknown[]): NoJsForm {
  return {
    ...form,
    hidden: form.hidden.map(([name, value]) => (/^\$ACTION_\d+:1$/.test(name) ? [name, JSON.stringify(replace(JSON.parse(value) as unknown[]))] : [name, value])),
  };
}

export async function submit(
  request: APIRequestContext,
  baseURL: string,
  form: NoJsForm,
  values: Record<string, string | string[] | Blob>,
  headers: Record<string, string> = {},
): Promise<APIResponse> {
  const data = new FormData();
  for (const [name, value] of form.hidden) if (!(name in values)) data.append(name, value);
  for (const [name, value] of Object.entries(values)) {
    for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
  }
  return request.post(form.path, { multipart: data, headers: { origin: new URL(baseURL).origin, ...headers }, maxRedirects: 5 });
}
