// Where the per-repository fingerprint salt comes from, in order:
//   1. the `fingerprint-salt` option (pass a repository secret: `${{ secrets.SECRET_SCAN_SALT }}`);
//   2. the RELEASE_GATES_FINGERPRINT_SALT environment variable (keeps it off the command line);
//   3. derived from the repository name, `repo:<owner>/<name>` (lower case), taken from the event,
//      GITHUB_REPOSITORY, or the `origin` remote — the same in CI and on a laptop.
// A derived salt is public: it keeps fingerprints from matching across repositories but does not stop
// someone who knows the repository from testing guesses of a weak secret against the baseline. Use
// an explicit secret salt for that (fork pull requests get no secrets, so they would need the same value).

import { git } from '../../common/src/git';

export interface Salt {
  value: string;
  /** Where it came from, for the summary (never the value). */
  source: string;
  explicit: boolean;
}

export const SALT_ENV = 'RELEASE_GATES_FINGERPRINT_SALT';

/** owner/name from an https, ssh or scp-like git remote URL. */
export function repositoryFromRemote(url: string): string | undefined {
  const m = /[/:]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : undefined;
}

export function saltFrom(option: string, env: Readonly<Record<string, string | undefined>>, repository: string | undefined): Salt | undefined {
  if (option) return { value: option, source: 'the fingerprint-salt option', explicit: true };
  const fromEnv = env[SALT_ENV];
  if (fromEnv) return { value: fromEnv, source: SALT_ENV, explicit: true };
  if (repository) return { value: `repo:${repository.toLowerCase()}`, source: `the repository name (${repository.toLowerCase()})`, explicit: false };
  return undefined;
}

export async function resolveSalt(
  option: string,
  env: Readonly<Record<string, string | undefined>>,
  eventRepository: string | undefined,
  workspace: string,
): Promise<Salt> {
  let repository = eventRepository ?? env.GITHUB_REPOSITORY;
  if (!repository && !option && !env[SALT_ENV]) {
    try {
      repository = repositoryFromRemote(await git(workspace, ['remote', 'get-url', 'origin']));
    } catch {
      repository = undefined;
    }
  }
  return (
    saltFrom(option, env, repository) ?? {
      value: 'repo:(unknown)',
      source: 'a fixed default (no fingerprint-salt, no repository name, no origin remote): fingerprints will not match CI',
      explicit: false,
    }
  );
}
