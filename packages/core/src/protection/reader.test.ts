import { describe, expect, it } from 'vitest';
import type { User } from '../access/roles';
import { isProtected } from './reader';

const user = (role: User['role'], country: User['country'] = null): User => ({ sub: role, name: role, role, country });

describe('isProtected', () => {
  it.each([
    ['a viewer, any country', true, user('viewer'), 'KH'],
    ['a country office, its own country', false, user('country-office', 'KH'), 'KH'],
    ['a country office, another country', true, user('country-office', 'KH'), 'LA'],
    ['a regional lead', false, user('regional-lead'), 'LA'],
    ['an admin', false, user('admin'), 'VN'],
  ] as const)('%s: protected %s', (_who, expected, person, country) => {
    expect(isProtected(person, country)).toBe(expected);
  });
});
