/** What Add Members keeps while its person signs in again (issue 17): every pick and what was typed. */
import type { DropdownOption } from '@loome/ui';
import type { MemberKind } from '../../types.js';

/** The slide-out's name among its page's forms; a page that finds a draft under it opens the slide-out again. */
export const ADD_MEMBERS_DRAFT = 'add-members';

export interface AddMembersDraft {
  roleId: string;
  kind: MemberKind;
  chips: string[];
  groups: DropdownOption[];
  keys: DropdownOption[];
  /** Typed but not yet a chip (the email field, or the user search). */
  draft: string;
  query: string;
}
