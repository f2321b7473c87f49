// Apart from render.ts so that the delivery (the worker) does not load the message catalogue's
// translator, which needs React's client build.
export const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
