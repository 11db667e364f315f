/**
 * Sends the same requests to several API processes for a while, as many as they take, and tallies
 * how each answered: the multi-process tests assert that not one answer was stale.
 */

export interface Probe {
  /** Names the request in the tally, e.g. `GET /me`. */
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  token: string;
  body?: unknown;
  /** The one answer every request must get, in the form `answerOf` writes. */
  expected: string;
}

export interface Tally {
  total: number;
  /** Answers other than their probe's `expected`. */
  unexpected: number;
  /** How many requests got each answer, by `api N: probe → answer`. */
  answers: Record<string, number>;
}

/** `200`, `403 FORBIDDEN`, or for a check `200 allowed:false`: what a caller would tell apart. */
function answerOf({ status, body }: { status: number; body: unknown }): string {
  if (body && typeof body === 'object') {
    const { allowed, code } = body as { allowed?: unknown; code?: unknown };
    if (typeof allowed === 'boolean') return `${status} allowed:${allowed}`;
    if (typeof code === 'string') return `${status} ${code}`;
  }
  return String(status);
}

/** Sends the probe once and answers how it was answered (`answerOf`), or `no answer (…)`. */
export async function answerTo({ baseUrl, probe }: { baseUrl: string; probe: Probe }): Promise<string> {
  try {
    const response = await fetch(`${baseUrl}${probe.path}`, {
      method: probe.method,
      headers: { authorization: `Bearer ${probe.token}`, ...(probe.body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(probe.body === undefined ? {} : { body: JSON.stringify(probe.body) }),
      signal: AbortSignal.timeout(10_000),
    });
    // Reading the whole body hands the connection back to the pool for the next request.
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON: the status alone names it.
    }
    return answerOf({ status: response.status, body });
  } catch (error) {
    return `no answer (${(error as Error).name})`;
  }
}

/**
 * For `durationMs`, keeps `connections` requests in flight to each of `urls` (fetch keeps the
 * connections alive), cycling through `probes`. `names[i]` labels `urls[i]` in the tally.
 */
export async function sendFor({
  urls,
  names,
  probes,
  durationMs = 3_000,
  connections = 4,
}: {
  urls: readonly string[];
  names: readonly string[];
  probes: readonly Probe[];
  durationMs?: number;
  connections?: number;
}): Promise<Tally> {
  const tally: Tally = { total: 0, unexpected: 0, answers: {} };
  const until = Date.now() + durationMs;
  const loop = async (baseUrl: string, name: string, offset: number) => {
    for (let sent = offset; Date.now() < until; sent += 1) {
      const probe = probes[sent % probes.length]!;
      const answer = await answerTo({ baseUrl, probe });
      const key = `${name}: ${probe.name} → ${answer}`;
      tally.answers[key] = (tally.answers[key] ?? 0) + 1;
      tally.total += 1;
      if (answer !== probe.expected) tally.unexpected += 1;
    }
  };
  await Promise.all(urls.flatMap((baseUrl, index) => Array.from({ length: connections }, (_, lane) => loop(baseUrl, names[index] ?? baseUrl, lane))));
  return tally;
}
