import fc from 'fast-check';

/**
 * Property tests run a fixed seed under CI, so a landing is judged on the same cases every time;
 * elsewhere fast-check draws a new seed each run and prints it with any failure (FC_SEED replays one).
 */
const given = process.env.FC_SEED;
if (given) fc.configureGlobal({ seed: Number(given) });
else if (process.env.CI) fc.configureGlobal({ seed: 1207 });
