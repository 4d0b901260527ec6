// Share-link tokens are bearer credentials to unpublished text: the access log keeps the path, never the token.
const PREVIEW_PATH = /^\/preview\/[^/?#]+/;
// Invitation and password reset links (app/(auth)/login/join, reset) open an account: their tokens likewise.
const ACCOUNT_LINK_PATH = /^\/login\/(join|reset)\/[^/?#]+/;
const PREVIEW_PARAM = /([?&]preview=)[^&#]*/g;
// The image optimizer carries the photo URL, token included, percent-encoded in its url parameter.
const ENCODED_PARAM = /((?:%3F|%26)preview%3D)[^&#%]*/gi;

/** A request path as the access log writes it. */
export function loggedPath(url = "") {
  return url
    .replace(PREVIEW_PATH, "/preview/[redacted]")
    .replace(ACCOUNT_LINK_PATH, "/login/$1/[redacted]")
    .replace(PREVIEW_PARAM, "$1[redacted]")
    .replace(ENCODED_PARAM, "$1[redacted]");
}
