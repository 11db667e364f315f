import http from 'node:http';
import { buildBodies, runLoad, summarizeLoad } from './check-throughput.mjs';

/**
 * The yardstick the API's `check/batch` figure is read against: a bare `node:http` server in this
 * process that parses the same bodies and answers every check `{allowed, reason}` from a Map, under
 * the same load generator. What the API loses to it is the cost of its framework and checks.
 */
export async function measureBareHttp({ users, projects, connections, durationMs }) {
  const projectIds = Array.from({ length: projects }, (_, n) => `bare-p-${n}`);
  const bodies = buildBodies({ users, projectIds });
  const answers = new Map();
  const answerOf = (check) => {
    const key = `${check.principalId}\u0000${check.permission}\u0000${check.projectId ?? ''}`;
    let answer = answers.get(key);
    if (!answer) answers.set(key, (answer = { allowed: key.length % 2 === 0, reason: 'Granted by the role Consumer on the tenant' }));
    return answer;
  };
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const { checks } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const text = JSON.stringify({ results: checks.map(answerOf) });
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      response.end(text);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const load = await runLoad({
      message: { url: `http://127.0.0.1:${server.address().port}/check/batch`, token: 'bare', bodies, connections, durationMs, maxRequests: 1_000_000 },
    });
    return summarizeLoad({ load });
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
