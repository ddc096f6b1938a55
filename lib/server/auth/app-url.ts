/**
 * The address people reach the app at: links in invitation and reset mails, the origin better-auth trusts, and
 * whether cookies get the Secure flag (always, on https). Set APP_URL in production; locally it follows PORT.
 */
export function resolveAppUrl(env: Readonly<Record<string, string | undefined>> = process.env): URL {
  const configured = env.APP_URL?.trim() || env.BETTER_AUTH_URL?.trim();
  const raw = configured || `http://localhost:${env.PORT || 3000}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`APP_URL is not a URL: "${raw}". Use the app's public address, e.g. https://proposals.example.com.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`APP_URL must start with http:// or https:// (got "${raw}").`);
  return url;
}

export function absoluteUrl(pathname: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  return new URL(pathname, resolveAppUrl(env)).toString();
}
