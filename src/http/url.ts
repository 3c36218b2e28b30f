/**
 * A URL as the router and the querystring parser will read it: percent-decoded, repeatedly, so that
 * `%5F` or `%255F` cannot hide a key from a check or from the log. Malformed escapes are left as they are.
 */
export function decodedUrl(url: string): string {
  if (!url.includes('%') && !url.includes('+')) return url
  let current = url
  for (let round = 0; round < 3; round++) {
    let next: string
    try {
      next = decodeURIComponent(current.replaceAll('+', ' '))
    } catch {
      next = current.replace(/%([0-9a-f]{2})/gi, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    }
    if (next === current) return current
    current = next
  }
  return current
}
