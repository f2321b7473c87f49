/** What a write reports back: enough to redirect and to expire the public pages after commit. */
export type WriteResult = { id: string; slug: string; version: number; tags: string[] };
