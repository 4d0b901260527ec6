/** A request path as the access log writes it: preview tokens redacted. */
export function loggedPath(url?: string): string;
