/** Fills `{{name}}` placeholders; a placeholder with no value is a mistake in the template, never left in the output. */
export function renderTemplate({ text, values, source }) {
  return text.replace(/\{\{(\w+)\}\}/g, (placeholder, key) => {
    if (!Object.hasOwn(values, key)) throw new Error(`${source}: no value for ${placeholder}`);
    return String(values[key]);
  });
}

/** A TypeScript single-quoted string literal for any display name. */
export function typescriptString({ value }) {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
