import type { DeclaredResponses } from './declared-responses.js';

// Tests read answers loosely and assert their shape; a precise type per route would only restate them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseJson = any;

export interface ApiResponse<T = LooseJson> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
  /** Sent as-is instead of JSON. */
  rawBody?: string;
}

/**
 * A thin fetch wrapper: JSON in, JSON (or problem+json) out. Given the declared routes, every
 * answer is checked against its declaration, and an answer off its schema fails the request.
 */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly declared: DeclaredResponses | null = null,
  ) {}

  async request<T = LooseJson>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let payload: string | undefined = options.rawBody;
    if (body !== undefined && payload === undefined) {
      headers['content-type'] ??= 'application/json';
      payload = JSON.stringify(body);
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    const off = this.declared?.check({ method, path, status: response.status, contentType: response.headers.get('content-type'), body: parsed });
    if (off) throw new Error(`Answer off its declared schema: ${off.request} answered ${off.status}: ${off.problem}`);
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = LooseJson>(path: string, options?: RequestOptions) {
    return this.request<T>('GET', path, undefined, options);
  }
  post<T = LooseJson>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('POST', path, body, options);
  }
  put<T = LooseJson>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PUT', path, body, options);
  }
  patch<T = LooseJson>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PATCH', path, body, options);
  }
  delete<T = LooseJson>(path: string, options?: RequestOptions) {
    return this.request<T>('DELETE', path, undefined, options);
  }
}
