import { describe, expect, it } from 'vitest';
import { staffReturnTo } from '../../src/domain/admin/staff-return-to';

describe('where staff go after sign-in', () => {
  it('keeps paths of the staff app', () => {
    for (const path of ['/staff', '/staff/', '/staff/#/callbacks/42', '/staff?site=salford', '/staff#/listings', '/staff/tab']) expect(staffReturnTo(path)).toBe(path);
  });

  it('sends anything else to the app home', () => {
    for (const path of [undefined, '', 'https://evil.example/staff', '//evil.example/staff', '/staff//evil.example', '/staff/\\evil.example', '/\\evil.example', '/staffing', '/api/admin/tokens', 'staff/', '/staff/\nSet-Cookie: x', `/staff/${'a'.repeat(2_000)}`]) {
      expect(staffReturnTo(path)).toBe('/staff/');
    }
  });
});
