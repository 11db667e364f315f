import type { AnyProduct } from '@loome/roles-core';
import type { QueuedMail } from './outbox.repository.js';

/** The portal a product's invitation links to: PORTAL_URL_<ID> or its default localhost port. */
export function portalUrlOf({ product, portalUrls }: { product: AnyProduct; portalUrls: Readonly<Record<string, string>> }): string {
  return portalUrls[product.id.replaceAll('-', '_')] ?? `http://localhost:${product.portalPort}`;
}

/** R3, R16a, R17, R18: the invitation needs no click; signing in accepts it (R4). */
export function renderInvitationMail({
  product,
  tenantId,
  tenantName,
  email,
  portalUrl,
}: {
  product: AnyProduct;
  tenantId: string;
  tenantName: string;
  email: string;
  portalUrl: string;
}): QueuedMail {
  const link = `${portalUrl.replace(/\/$/, '')}/t/${encodeURIComponent(tenantId)}`;
  return {
    tenantId,
    to: email,
    subject: `You were added to ${tenantName} in ${product.name}`,
    text: [`Hello,`, ``, `You were added to "${tenantName}" in ${product.name}.`, `Sign in with ${email} to start: ${link}`].join('\n'),
  };
}
