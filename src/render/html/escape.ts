// Every piece of text that reaches the report goes through here: article words, speaker names, sources,
// rule names. A quote that reads “<script>alert(1)</script>” or “<img src=x onerror=alert(1)>” is shown as
// those very characters and never becomes markup.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** For text between tags and for attribute values in double quotes alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c])
}

/** ` name="value"` with the value escaped, or nothing when the value is null. */
export function attribute(name: string, value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : ` ${name}="${escapeHtml(String(value))}"`
}
