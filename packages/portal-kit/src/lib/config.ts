/**
 * What a portal app tells the kit about itself. Everything that differs between products
 * comes from the product configuration in roles-core; this adds only the look and the
 * app's own pages.
 */
export interface PortalTheme {
  /** Main brand colour (buttons, active tab); must keep 4.5:1 contrast with `accentText`. */
  accent: string;
  accentText: string;
  /** Header background. */
  header: string;
  headerText: string;
}

/** A feature of the product or tenant that turns a page on; never a product id. */
export type PortalFeature = 'always' | 'legacy-tenant' | 'limited-members';

export interface PortalPage {
  label: string;
  /** Path under /t/:tenantId/. */
  path: string;
  when: PortalFeature;
  /** Offered only to holders of the product's user-management permission, whose pages these are. */
  needs?: 'user-management';
}

export interface PortalConfig {
  productId: string;
  theme: PortalTheme;
  /** Pages only this portal has, added to the top-right menu when their feature is on. */
  extraPages?: PortalPage[];
}

export function definePortal(config: PortalConfig): PortalConfig {
  return config;
}

/** Whether a feature-gated page applies to this product and tenant. */
export function isFeatureOn({
  feature,
  product,
  tenant,
}: {
  feature: PortalFeature;
  product: { legacy: boolean; limitedMembers: boolean };
  tenant: { roleModel: 'current' | 'legacy' } | null;
}): boolean {
  const checks: Record<PortalFeature, boolean> = {
    always: true,
    'legacy-tenant': product.legacy && tenant?.roleModel === 'legacy',
    'limited-members': product.limitedMembers,
  };
  return checks[feature];
}
