/** A product configuration that cannot work; thrown when the product is defined, never later. */
export class ProductDefinitionError extends Error {
  readonly product: string;
  readonly field: string;
  readonly value: string;

  constructor({ product, field, problem, value }: { product: string; field: string; problem: string; value: string }) {
    super(`product "${product}": ${field}: ${problem} "${value}"`);
    this.name = 'ProductDefinitionError';
    this.product = product;
    this.field = field;
    this.value = value;
  }
}
