import { describe, expect, it } from 'vitest';
import { repositoryFromRemote, saltFrom, SALT_ENV } from './salt';

describe('fingerprint salt', () => {
  it('prefers the option, then the environment, then the repository name', () => {
    expect(saltFrom('s3cret', { [SALT_ENV]: 'env' }, 'Octo/Repo')).toMatchObject({ value: 's3cret', explicit: true });
    expect(saltFrom('', { [SALT_ENV]: 'env' }, 'Octo/Repo')).toMatchObject({ value: 'env', explicit: true });
    expect(saltFrom('', {}, 'Octo/Repo')).toMatchObject({ value: 'repo:octo/repo', explicit: false });
    expect(saltFrom('', {}, undefined)).toBeUndefined();
  });

  it('reads owner/name from https, ssh and scp-style remotes', () => {
    expect(repositoryFromRemote('https://github.com/octo/repo.git\n')).toBe('octo/repo');
    expect(repositoryFromRemote('git@github.com:octo/repo.git')).toBe('octo/repo');
    expect(repositoryFromRemote('ssh://git@ghe.example.com/team/tool')).toBe('team/tool');
  });
});
