-- AlterTable
ALTER TABLE "MailMessage" ADD COLUMN     "secretLink" TEXT;

-- Mails stored before this migration carry live single-use links in their bodies (issue 11):
-- replace every token-shaped last path segment (32 random bytes, base64url) of the three link
-- kinds. The links stop working for mails that were never sent; the person requests a new one.
UPDATE "MailMessage" SET
  "textBody" = regexp_replace("textBody", '/(passwort-neu|einladung|dienstleister/eintragen/bestaetigen)/[A-Za-z0-9_-]{20,}', '/\1/••••••', 'g'),
  "htmlBody" = regexp_replace("htmlBody", '/(passwort-neu|einladung|dienstleister/eintragen/bestaetigen)/[A-Za-z0-9_-]{20,}', '/\1/••••••', 'g');

