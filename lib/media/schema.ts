import { z } from "zod";
import { MAX_LOGO_BYTES } from "./limits";

// The upload form's file field. Only its size is checked here: what the bytes are is decided by
// processLogo (magic bytes), never by the file's name or the browser's Content-Type.
export const logoFile = z
  .instanceof(File, { error: "validation.logoRequired" })
  .refine((file) => file.size > 0, { error: "validation.logoRequired" })
  .refine((file) => file.size <= MAX_LOGO_BYTES, { error: "validation.logoTooLarge" });

export const providerLogoUpload = z.object({ id: z.string().min(1), logo: logoFile });
export const providerLogoRemoval = z.object({ id: z.string().min(1) });

// A provider's own proposal (/mein-profil): no id, the entry is the signed-in account's own.
export const ownLogoProposal = z.object({ logo: logoFile });
