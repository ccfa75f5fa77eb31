// Which declared environment values are secrets, so a step masks them in logs and the
// report (a command, a container or an agent's tool output may echo them).

/** Env names whose values are secrets wherever they come from. */
export const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE|CREDENTIAL|AUTH/i;

/** The runner's secrets: values of its environment variables with a secret's name. */
export function hostSecrets(hostEnv: Record<string, string | undefined>): Set<string> {
  return new Set(
    Object.entries(hostEnv)
      .filter(([name, value]) => SECRET_NAME.test(name) && value)
      .map(([, value]) => value as string),
  );
}

/** The declared values that are secrets: a runner secret, or under a secret's name. */
export function secretValues(
  env: Record<string, unknown>,
  hostEnv: Record<string, string | undefined>,
): string[] {
  const host = hostSecrets(hostEnv);
  return Object.entries(env)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .filter(([name, value]) => SECRET_NAME.test(name) || host.has(value))
    .map(([, value]) => value);
}

/** Masks every declared value that is a runner secret or has a secret's name. */
export function maskSecrets(
  env: Record<string, string>,
  hostEnv: Record<string, string | undefined>,
  mask: (s: string) => void,
): void {
  for (const value of secretValues(env, hostEnv)) mask(value);
}
