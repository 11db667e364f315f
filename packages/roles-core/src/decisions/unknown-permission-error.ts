/** A check named a permission the product does not have; the API answers VALIDATION. */
export class UnknownPermissionError extends Error {
  readonly product: string;
  readonly permission: string;

  constructor({ product, permission }: { product: string; permission: string }) {
    super(`product "${product}" has no permission "${permission}"`);
    this.name = 'UnknownPermissionError';
    this.product = product;
    this.permission = permission;
  }
}
