// Which declared environment values are secrets, so a step masks them in logs and the
// report (a command, a container or an agent's tool output may echo them).

/** Env names whose values are secrets wherever they come from. */
export const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE|CREDENTIAL|AUTH/i;

/** Masks every declared value that is a runner secret or has a secret's name. */
export function maskSecrets(
  env: Record<string, string>,
  hostEnv: Record<string, string | undefined>,
  mask: (s: string) => void,
): void {
  const hostSecrets = new Set(
    Object.entries(hostEnv)
      .filter(([name, value]) => SECRET_NAME.test(name) && value)
      .map(([, value]) => value as string),
  );
  for (const [name, value] of Object.entries(env)) {
    if (value && (SECRET_NAME.test(name) || hostSecrets.has(value))) mask(value);
  }
}
