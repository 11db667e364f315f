/**
 * Keeps everything the process writes to stdout and stderr while capturing, so a test can search
 * the logs the app would leave on a server (instead of the terminal, where they would be noise).
 */
export function captureProcessOutput(): { text(): string; stop(): void } {
  const chunks: string[] = [];
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((stream) => stream.write.bind(stream));
  for (const stream of streams) {
    stream.write = (chunk: unknown, ...rest: unknown[]) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      done?.();
      return true;
    };
  }
  return {
    text: () => chunks.join(''),
    stop: () => {
      streams.forEach((stream, index) => {
        stream.write = originals[index] as typeof stream.write;
      });
    },
  };
}
