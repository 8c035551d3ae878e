/**
 * Turns export chunks into a file the browser saves. Chunks are folded into a Blob
 * every few megabytes, so the text never sits in memory as one giant string: the
 * browser keeps Blob contents in its own storage, on disk when they grow large.
 */

/** Characters gathered before they are folded into the Blob. */
const FOLD_AT = 4 * 1024 * 1024;

/** A Blob holding every chunk, in order. */
export async function blobFromChunks(chunks: AsyncIterable<string>, type: string): Promise<Blob> {
  let blob = new Blob([], { type });
  let pending: string[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= FOLD_AT) {
      blob = new Blob([blob, ...pending], { type });
      pending = [];
      size = 0;
    }
  }
  return new Blob([blob, ...pending], { type });
}

/** Offers the Blob as a download named `name` (the browser's own save, no permission needed). */
export function saveBlob(blob: Blob, name: string, document: Document): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; give it a moment before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `calmline-notes-2026-03-05.json`, dated in local time. */
export function exportFileName(kind: 'json' | 'csv', now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `calmline-notes-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${kind}`;
}
