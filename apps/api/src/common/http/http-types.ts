/** The slice of Express's request and response the API uses (Express ships no types here). */
export interface HttpRequest {
  method: string;
  url: string;
  originalUrl?: string;
  headers: Record<string, string | string[] | undefined>;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  ip?: string;
  /** Express: true when the request came over https (behind a proxy, with `trust proxy` set). */
  secure?: boolean;
  socket: { remoteAddress?: string };
  caller?: import('../../auth/caller.js').Caller;
}

export interface HttpResponse {
  status(code: number): HttpResponse;
  type(contentType: string): HttpResponse;
  send(body: string): HttpResponse;
  setHeader(name: string, value: string | string[]): void;
  cookie?(name: string, value: string, options: Record<string, unknown>): void;
  clearCookie?(name: string, options: Record<string, unknown>): void;
}

export function headerValue({ request, name }: { request: HttpRequest; name: string }): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
