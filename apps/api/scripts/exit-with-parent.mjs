// Preloaded into each API process that api-processes.mjs starts: when the launching process dies
// without stopping it (a crashed test worker, a SIGKILL), its IPC channel closes and this process
// ends too, instead of holding its port and database connections as an orphan.
if (process.channel) {
  // The channel must not keep the API running on its own.
  process.channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
