import { describe, expect, it } from 'vitest';
import { isSignInLocation, returnPathOf, safeReturnPath, signInPathFor, signInRequestOf } from './sign-in-path.js';

describe('the return path of sign-in', () => {
  it('keeps a page of this portal with its query', () => {
    expect(safeReturnPath({ next: '/t/abc/roles?role=consumer&q=bob' })).toBe('/t/abc/roles?role=consumer&q=bob');
  });

  it('refuses anything that could leave the portal or loop back to sign-in', () => {
    for (const next of [null, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', '/\tx', 'javascript:alert(1)', '/sign-in?next=/x']) {
      expect(safeReturnPath({ next }), String(next)).toBe('/');
    }
  });

  it("drops the form action's name, so returning never posts again", () => {
    expect(returnPathOf({ url: new URL('http://portal.example/t/abc/roles?role=consumer&/addMembers') })).toBe('/t/abc/roles?role=consumer');
    expect(returnPathOf({ url: new URL('http://portal.example/t/abc/projects?/createProject') })).toBe('/t/abc/projects');
  });

  it('says when the session ended, and reads back what it said', () => {
    const path = signInPathFor({ next: '/t/abc/roles?role=consumer', ended: true });
    expect(signInRequestOf({ url: new URL(path, 'http://portal.example') })).toEqual({ next: '/t/abc/roles?role=consumer', ended: true });
    expect(signInRequestOf({ url: new URL('/sign-in?next=//evil.example', 'http://portal.example') })).toEqual({ next: '/', ended: false });
  });

  it("recognizes a redirect to this portal's sign-in page only", () => {
    const base = 'http://portal.example/t/abc/roles';
    expect(isSignInLocation({ location: '/sign-in?next=%2Ft', base })).toBe(true);
    expect(isSignInLocation({ location: 'https://idp.example/sign-in', base })).toBe(false);
    expect(isSignInLocation({ location: '/t/abc/about', base })).toBe(false);
  });
});
