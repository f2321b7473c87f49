-- Hand-written: extensions for full-text and fuzzy search (pg_trgm similarity/GIN trigram
-- indexes, unaccent). schema.prisma does not declare them (no postgresqlExtensions preview
-- feature); the engine's diff ignores undeclared extensions, so this is not drift.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
