import dns from 'node:dns'
import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'

/** Where webhooks may be sent. Private networks: development, or a private deployment that says so. */
export interface DestinationPolicy {
  allowPrivateNetworks: boolean
}

export class DestinationRefused extends Error {
  override name = 'DestinationRefused'
}

// ipaddr.js names every special-purpose range; only 'unicast' is the public internet. That already
// refuses the IPv6 forms that carry an IPv4 address inside (6to4 2002::/16, Teredo 2001::/32, NAT64
// 64:ff9b::/96 and 64:ff9b:1::/48, IPv4-translated ::ffff:0:0:0/96), whatever address they carry.
const PUBLIC_RANGE = 'unicast'
// Cloud platform endpoints inside ranges ipaddr.js calls public: Azure's wire server and DNS (168.63.129.16).
// The others (169.254.169.254, fd00:ec2::254, 100.100.100.200) are link-local, unique-local or shared space.
const PLATFORM_ADDRESSES = new Set(['168.63.129.16'])

/**
 * Checks a URL's form: http(s), no credentials, and https unless private networks are allowed. Throws
 * DestinationRefused with a reason a caller can act on.
 */
export function checkUrl(raw: string, policy: DestinationPolicy): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new DestinationRefused('must be an absolute URL such as https://portal.example.org/hooks/content')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new DestinationRefused('must use https')
  if (url.protocol === 'http:' && !policy.allowPrivateNetworks) throw new DestinationRefused('must use https')
  if (url.username || url.password) throw new DestinationRefused('must not carry credentials; verify the signature instead')
  if (url.hash) throw new DestinationRefused('must not have a #fragment')
  const host = hostOf(url)
  if (isIP(host) && !allowedAddress(host, policy)) {
    throw new DestinationRefused(`must not point at a private, loopback, link-local or metadata address (${host})`)
  }
  if (!policy.allowPrivateNetworks && (host === 'localhost' || host.endsWith('.localhost'))) throw new DestinationRefused('must not point at this machine')
  return url
}

/**
 * Resolves the URL's host and returns the address to connect to: every address the name has must be
 * public (unless private networks are allowed), so a name that also resolves to a private address,
 * or is rebound to one between the check and the request, is refused. The request then connects to
 * this address only.
 */
export async function resolveDestination(url: URL, policy: DestinationPolicy): Promise<{ address: string; family: 4 | 6 }> {
  const host = hostOf(url)
  const addresses = isIP(host)
    ? [{ address: host, family: isIP(host) as 4 | 6 }]
    : await dns.promises.lookup(host, { all: true, verbatim: true }).catch(() => {
        throw new DestinationRefused(`the host name ${host} does not resolve`)
      })
  const refused = addresses.find((entry) => !allowedAddress(entry.address, policy))
  if (refused) throw new DestinationRefused(`${host} resolves to a private, loopback, link-local or metadata address (${refused.address})`)
  const first = addresses[0]
  if (!first) throw new DestinationRefused(`the host name ${host} does not resolve`)
  return { address: first.address, family: first.family as 4 | 6 }
}

function hostOf(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname
}

export function allowedAddress(address: string, policy: DestinationPolicy): boolean {
  if (policy.allowPrivateNetworks) return ipaddr.isValid(address)
  if (!ipaddr.isValid(address)) return false
  // IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it carries.
  const canonical = isIP(address) === 6 ? canonicalIpv6(address) : address
  // A zone id (fe80::1%eth0) names an interface of this machine.
  if (canonical === null) return false
  const parsed = ipaddr.process(canonical)
  if (parsed.range() !== PUBLIC_RANGE) return false
  if (parsed.kind() === 'ipv4') return !PLATFORM_ADDRESSES.has(parsed.toString())
  // IPv4-compatible IPv6 (::/96, deprecated by RFC 4291): ::7f00:1 is 127.0.0.1 to some stacks, and
  // ipaddr.js calls it unicast. No public destination is written this way.
  return !(parsed as ipaddr.IPv6).parts.slice(0, 6).every((part) => part === 0)
}

// The WHATWG form, all hexadecimal: ipaddr.js reads a dotted tail `::8.8.8.8` as `::ffff:8.8.8.8`.
function canonicalIpv6(address: string): string | null {
  return URL.canParse(`http://[${address}]/`) ? new URL(`http://[${address}]/`).hostname.slice(1, -1) : null
}
