/** What every API answer carries: no framing, no sniffing, no referrer, HSTS, a closed CSP, no X-Powered-By. */
export function securityHeaderFaults({ headers }: { headers: Headers }): string[] {
  const faults: string[] = [];
  const csp = headers.get('content-security-policy') ?? '';
  if (!/default-src 'none'/.test(csp) || !/frame-ancestors 'none'/.test(csp)) faults.push(`content-security-policy ${JSON.stringify(csp)}`);
  if (headers.get('x-frame-options') !== 'DENY') faults.push('x-frame-options');
  if (headers.get('x-content-type-options') !== 'nosniff') faults.push('x-content-type-options');
  if (headers.get('referrer-policy') !== 'no-referrer') faults.push('referrer-policy');
  if (!/^max-age=\d+/.test(headers.get('strict-transport-security') ?? '')) faults.push('strict-transport-security');
  if (headers.get('x-powered-by') !== null) faults.push('x-powered-by');
  return faults;
}
