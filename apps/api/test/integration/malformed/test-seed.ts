/**
 * The seed of a generated suite: the one the variable names when set; in CI a fixed one, so that a
 * landing is judged on the same requests every time; elsewhere a new one each run, so that local
 * runs keep exploring (each failure message prints its seed, to replay it with the variable).
 */
export function testSeed({ variable, ci }: { variable: string; ci: number }): number {
  const given = process.env[variable];
  if (given !== undefined && given !== '') return Number(given);
  return process.env.CI ? ci : Math.floor(Math.random() * 2 ** 31);
}
