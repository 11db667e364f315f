/** Matching a caller's address against an API key's allow list (R20); the core validates the list itself. */
const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);

function toNumber(address: string): number {
  return address.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
}

/** Whether `ip` (IPv4, or IPv4-mapped IPv6) falls in any of `allowed`; an empty list allows all. */
export function ipAllowed({ ip, allowed }: { ip: string; allowed: readonly string[] }): boolean {
  if (allowed.length === 0) return true;
  const address = ip.replace(/^::ffff:/, '');
  const normalized = address === '::1' ? '127.0.0.1' : address;
  if (!IPV4.test(normalized)) return false;
  const value = toNumber(normalized);
  return allowed.some((entry) => {
    const [base = '', bits = '32'] = entry.split('/');
    const size = Number(bits);
    const mask = size === 0 ? 0 : (0xffffffff << (32 - size)) >>> 0;
    return (value & mask) >>> 0 === (toNumber(base) & mask) >>> 0;
  });
}
