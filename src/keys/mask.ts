/** Anything in a URL or log line that looks like one of our keys, in any case (global: for replace). */
export const KEY_LIKE = /msb_[A-Za-z0-9]{12}_[A-Za-z0-9_-]+/gi
/** The same, stateless, for test(). */
export const HAS_KEY = new RegExp(KEY_LIKE.source, 'i')
/**
 * A key's secret on its own: 43 random base64url characters, so any run of 43 or more of them, whatever
 * stands before it (`MSB_`, `msb+_`, an overlong `%c1%9f`...) or its case. Runs that are lower-case
 * slugs (letters and digits joined by single hyphens) are not secrets: content slugs stay readable. A
 * random secret has that form only after lower-casing, and then it is no longer the secret. Cursors are
 * masked too (base64url of mixed case); they stay intact in the answers, only logs and problems lose them.
 */
const SECRET_LIKE = /[A-Za-z0-9_-]{43,}/g
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Text with every key, and every run that could be a key's secret, masked: for logs and problem details. */
export function maskKeys(text: string): string {
  return text.replace(KEY_LIKE, 'msb_[redacted]').replace(SECRET_LIKE, (run) => (SLUG.test(run) ? run : '[redacted]'))
}

/** Field errors as a problem shows them: what they quote of the input is masked too. */
export function maskFieldErrors<T extends { field: string; message: string }>(errors: readonly T[]): T[] {
  return errors.map((item) => ({ ...item, field: maskKeys(item.field), message: maskKeys(item.message) }))
}

/** Whether text holds a key or something that could be its secret (see maskKeys). */
export function looksLikeKey(text: string): boolean {
  return maskKeys(text) !== text
}
