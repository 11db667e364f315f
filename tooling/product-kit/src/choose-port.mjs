/** Portal ports: the API keeps its default, and two portals never share one. */
export const API_PORT = 3000;

export function nextFreePort({ used }) {
  let port = Math.max(API_PORT, ...used) + 1;
  while (used.includes(port)) port += 1;
  return port;
}

export function problemsWithPort({ port, used }) {
  if (!Number.isInteger(port) || port < 1024 || port > 65535) return [`port "${port}" is not a whole number from 1024 to 65535`];
  if (port === API_PORT) return [`port ${port} is the API's`];
  if (used.includes(port)) return [`port ${port} is already a product portal's`];
  return [];
}
