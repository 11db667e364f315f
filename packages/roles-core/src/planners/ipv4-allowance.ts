/** R20: an API key may be limited to IPv4 addresses or CIDR ranges. */
const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_OR_CIDR = new RegExp(`^${OCTET}(\\.${OCTET}){3}(/(3[0-2]|[12]?\\d))?$`);

export function isIpv4OrCidr({ value }: { value: string }): boolean {
  return IPV4_OR_CIDR.test(value);
}
