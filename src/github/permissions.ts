// Who holds what, read live from GitHub for each answer (conditionally, so a repeat
// costs nothing). The role comes from `role_name`: the legacy `permission` field maps
// maintain to write and triage to read, which would let a triager pass as a reader and
// refuse a maintainer where write is needed.
import type { Authorization, Authorize } from './decisions.js';
import { roleRank, ROLES, type ApproverPolicy } from '../approval/gateway.js';
import { httpStatus, type ConditionalReader } from './client.js';

interface PermissionAnswer {
  permission: string;
  role_name: string;
}

interface MembershipAnswer {
  state: string;
}

/** The role a permission answer grants: `role_name`, or for a custom role its legacy base (never higher). */
export function effectiveRole(answer: PermissionAnswer): string {
  if ((ROLES as readonly string[]).includes(answer.role_name)) return answer.role_name;
  return (ROLES as readonly string[]).includes(answer.permission) ? answer.permission : 'none';
}

export interface Repository {
  owner: string;
  repo: string;
}

export function createAuthorizer(
  reader: ConditionalReader,
  repository: Repository,
  policy: ApproverPolicy,
  signal?: AbortSignal,
): Authorize {
  const { owner, repo } = repository;
  const enc = encodeURIComponent;
  return async (login: string): Promise<Authorization> => {
    const reasons: string[] = [];
    if (policy.users.some((user) => user.toLowerCase() === login.toLowerCase())) {
      return { ok: true, via: 'listed user' };
    }
    if (policy.permission !== undefined) {
      let role = 'none';
      try {
        const { data } = await reader.get<PermissionAnswer>(
          `/repos/${enc(owner)}/${enc(repo)}/collaborators/${enc(login)}/permission`,
          signal,
        );
        role = effectiveRole(data);
      } catch (error) {
        if (httpStatus(error) !== 404) throw error;
      }
      if (roleRank(role) >= roleRank(policy.permission)) return { ok: true, via: `role ${role}` };
      reasons.push(
        role === 'none'
          ? `${login} is not a collaborator of ${owner}/${repo}`
          : `${login} holds the ${role} role; ${policy.permission} or higher is needed`,
      );
    }
    for (const team of policy.teams) {
      const [org, slug] = team.includes('/') ? team.split('/', 2) : [owner, team];
      try {
        const { data } = await reader.get<MembershipAnswer>(
          `/orgs/${enc(org ?? owner)}/teams/${enc(slug ?? '')}/memberships/${enc(login)}`,
          signal,
        );
        if (data.state === 'active') return { ok: true, via: `team ${team}` };
        reasons.push(`${login}'s membership of ${team} is ${data.state}`);
      } catch (error) {
        const status = httpStatus(error);
        if (status === 404) reasons.push(`${login} is not a member of ${team}`);
        else if (status === 403)
          reasons.push(`the token cannot read ${team}'s members (it needs read:org)`);
        else throw error;
      }
    }
    if (policy.users.length > 0) reasons.push(`${login} is not a listed approver`);
    return {
      ok: false,
      reason: reasons.length > 0 ? reasons.join('; ') : 'no approvers are configured',
    };
  };
}
