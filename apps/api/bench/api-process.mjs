// The child process `startBenchApiProcess` forks: it boots the bench API and answers its parent's
// questions about its memory over IPC until told to close.
import { bootBenchApi } from './boot-bench-api.mjs';

let api;
process.on('message', async (message) => {
  if (message.type === 'boot') {
    try {
      api = await bootBenchApi({ databaseUrl: message.databaseUrl, env: message.env });
      process.send({ type: 'listening', baseUrl: api.baseUrl, platformToken: api.platformToken });
    } catch (error) {
      process.send({ type: 'failed', error: String(error?.stack ?? error) }, () => process.exit(1));
    }
  } else if (message.type === 'memory') {
    if (message.collect) globalThis.gc();
    process.send({ type: 'memory', id: message.id, memory: process.memoryUsage() });
  } else if (message.type === 'close') {
    await api?.close();
    process.exit(0);
  }
});
