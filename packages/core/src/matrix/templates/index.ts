import { defaultDivisionTemplate } from './default-division';
import { fullHybridTemplate } from './full-hybrid';
import { helpdeskOverflowTemplate } from './helpdesk-overflow';
import { projectAndEscalationTemplate } from './project-and-escalation';
import { securityAndToolsTemplate } from './security-and-tools';
import { smallBusinessTemplate } from './small-business';
import { strategicOperationalTemplate } from './strategic-operational';
import type { MatrixTemplate } from './template';

export { BUSINESS_HOURS_CALENDAR_ID, businessHoursCalendar } from './business-hours';
export { defaultDivisionTemplate } from './default-division';
export { fullHybridTemplate } from './full-hybrid';
export { helpdeskOverflowTemplate } from './helpdesk-overflow';
export { PARTIES } from './parties';
export { projectAndEscalationTemplate } from './project-and-escalation';
export { securityAndToolsTemplate } from './security-and-tools';
export { smallBusinessTemplate } from './small-business';
export { strategicOperationalTemplate } from './strategic-operational';
export {
  type CategorySpec,
  type CellSpec,
  defineTemplate,
  type MatrixTemplate,
  type RaciCode,
  type RowSpec,
  type TemplateSpec,
  toCell,
} from './template';

/**
 * Every built-in template by id, in the order a template picker should offer them. Each key is
 * the template's own `id`.
 *
 * @example
 * const start = templates['full-hybrid'].matrix;
 * Object.values(templates).map((template) => template.name);
 */
export const templates = {
  'small-business-one-it': smallBusinessTemplate,
  'helpdesk-overflow': helpdeskOverflowTemplate,
  'security-and-tools': securityAndToolsTemplate,
  'project-and-escalation': projectAndEscalationTemplate,
  'full-hybrid': fullHybridTemplate,
  'strategic-operational': strategicOperationalTemplate,
  'default-division': defaultDivisionTemplate,
} as const satisfies Record<string, MatrixTemplate>;

/**
 * The id of a built-in template.
 *
 * @example
 * const id: TemplateId = 'helpdesk-overflow';
 */
export type TemplateId = keyof typeof templates;
