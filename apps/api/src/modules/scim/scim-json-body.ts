import type { JsonBodyReader, RawRequest } from '../../common/http/json-body.middleware.js';
import { SCIM_CONTENT_TYPE, SCIM_ERROR_SCHEMA, type ScimResponse } from './scim-error.js';

/**
 * The API's JSON body reader for SCIM routes: the same limits and refusals, with the refusal
 * rewritten from a problem document into a SCIM error (status as a string, `invalidSyntax`).
 */
export function scimJsonBody({ readJsonBody }: { readJsonBody: JsonBodyReader }) {
  return (request: RawRequest, response: ScimResponse, next: () => void) => {
    let contentType = '';
    const translating: ScimResponse = {
      get statusCode() {
        return response.statusCode;
      },
      set statusCode(value: number) {
        response.statusCode = value;
      },
      setHeader(name: string, value: string) {
        if (name.toLowerCase() === 'content-type') contentType = value;
        else response.setHeader(name, value);
      },
      end(body: string) {
        if (!contentType.startsWith('application/problem+json')) return response.end(body);
        const { detail } = JSON.parse(body) as { detail?: string };
        response.setHeader('content-type', SCIM_CONTENT_TYPE);
        return response.end(
          JSON.stringify({
            schemas: [SCIM_ERROR_SCHEMA],
            status: String(response.statusCode),
            scimType: 'invalidSyntax',
            detail: detail ?? 'The body could not be read',
          }),
        );
      },
    };
    readJsonBody(request, translating, next);
  };
}
