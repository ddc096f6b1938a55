/**
 * Where to send someone after signing in or up: only a place in this app. A regular expression cannot know every
 * spelling a browser reads as another site ("/.//evil", "/\evil", "/\t/evil", "/..//evil"), so the candidate is
 * resolved the way the browser will resolve it, with the URL parser, against our own origin; it must stay on that
 * origin, and only its normalized path is used from then on, never the raw text.
 */
const MAX_LENGTH = 500;
// Any origin of ours will do: only "did it stay on this origin" and the normalized path are read.
const OWN_ORIGIN = "http://gridfolio.internal";

export function safeRedirectPath(candidate: unknown): string | undefined {
  if (typeof candidate !== "string" || candidate.length === 0 || candidate.length > MAX_LENGTH) return undefined;
  // Relative spellings ("evil.example", "?x") and scheme-relative ones are not paths of ours.
  if (!candidate.startsWith("/")) return undefined;
  // The URL parser drops tabs and newlines silently ("/\t/evil" becomes "//evil"); no path of ours has them.
  if (/[\u0000-\u001f\u007f]/.test(candidate)) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(candidate, OWN_ORIGIN);
  } catch {
    return undefined;
  }
  if (resolved.origin !== OWN_ORIGIN) return undefined;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // "/..//evil" resolves to the path "//evil" on our origin, which a browser would read as another host when sent
  // back as a Location: a path must start with exactly one slash.
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return undefined;
  return path;
}
