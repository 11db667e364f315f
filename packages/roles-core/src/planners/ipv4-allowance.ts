/**
 * R20: an API key may be limited to IPv4 addresses or CIDR ranges, written strictly: dotted
 * decimal without leading zeros or surrounding spaces (`" 1.2.3.4"` is refused, not trimmed), and
 * a range names its network address (`10.0.0.0/8`, not `10.0.0.1/8`), so what is stored is
 * exactly what is matched and shown.
 */
const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_OR_CIDR = new RegExp(`^${OCTET}(\\.${OCTET}){3}(/(3[0-2]|[12]?\\d))?$`);

export function isIpv4OrCidr({ value }: { value: string }): boolean {
  if (!IPV4_OR_CIDR.test(value)) return false;
  const [address = '', bits = '32'] = value.split('/');
  const number = address.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
  const hostBits = 2 ** (32 - Number(bits));
  return number % hostBits === 0;
}
