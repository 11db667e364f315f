/**
 * R20: an API key may be limited to IPv4 addresses or CIDR ranges, written strictly: dotted
 * decimal without leading zeros or surrounding spaces (`" 1.2.3.4"` is refused, not trimmed), and
 * a range names its network address (`10.0.0.0/8`, not `10.0.0.1/8`), so what is stored is
 * exactly what is matched and shown. The rule is one regular expression, so that the API's
 * document can state it as the pattern it is.
 */
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';

/** An octet whose last `hostBits` bits are zero: the multiples of 2^hostBits, written in decimal. */
function alignedOctet(hostBits: number): string {
  if (hostBits === 0) return OCTET;
  const step = 2 ** hostBits;
  const multiples = Array.from({ length: 256 / step }, (_, index) => String(index * step));
  return multiples.length === 1 ? multiples[0]! : `(?:${multiples.reverse().join('|')})`;
}

/** A range of `bits` prefix bits: every octet past the prefix is zero, the one it ends in is aligned. */
function rangeOf(bits: number): string {
  const octets = [0, 1, 2, 3].map((index) => alignedOctet(Math.min(8, Math.max(0, 8 * (index + 1) - bits))));
  return `${octets.join('\\.')}/${bits}`;
}

export const IPV4_ALLOWANCE_PATTERN = `^(?:${OCTET}(?:\\.${OCTET}){3}|${Array.from({ length: 33 }, (_, bits) => rangeOf(bits)).join('|')})$`;
const IPV4_ALLOWANCE = new RegExp(IPV4_ALLOWANCE_PATTERN);

export function isIpv4OrCidr({ value }: { value: string }): boolean {
  return IPV4_ALLOWANCE.test(value);
}
