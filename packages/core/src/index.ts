export { isTandemError, type TandemError, tandemError } from './errors';
export {
  isRoleLetter,
  ROLE_VARIANTS,
  type RoleLetter,
  type RoleVariant,
  roleLetters,
  roleName,
  sortRoles,
} from './matrix/roles';
export { fail, formatPath, type Issue, ok, type ParseResult } from './result';
