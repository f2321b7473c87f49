/** Plain text with blank-line paragraphs, rendered as escaped paragraphs (no HTML from the database). */
export function Paragraphs({ text, className = "", lang }: { text: string; className?: string; lang?: string }) {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <div className={`space-y-3 ${className}`} lang={lang}>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="whitespace-pre-line">
          {paragraph}
        </p>
      ))}
    </div>
  );
}
