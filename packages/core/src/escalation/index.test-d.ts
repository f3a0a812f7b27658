import { describe, expectTypeOf, it } from 'vitest';
import type { ParseResult } from '../result';
import {
  type EscalationIssue,
  type EscalationPolicy,
  type PolicyChange,
  parsePolicy,
  type RouteDecision,
  type Routing,
  routeTicket,
  simulateEscalation,
  type TraceEntry,
} from './index';

describe('the escalation entry', () => {
  it('parses into typed results', () => {
    expectTypeOf(parsePolicy).returns.toEqualTypeOf<ParseResult<EscalationPolicy>>();
  });

  it('routes to a decision and simulates to a trace', () => {
    expectTypeOf(routeTicket).parameter(0).toEqualTypeOf<Routing>();
    expectTypeOf(routeTicket).returns.toEqualTypeOf<RouteDecision>();
    expectTypeOf(simulateEscalation).returns.toEqualTypeOf<TraceEntry[]>();
  });

  it('keys changes and issues on plain strings', () => {
    expectTypeOf<PolicyChange['type']>().toEqualTypeOf<
      | 'addStep'
      | 'removeStep'
      | 'moveStep'
      | 'updateStep'
      | 'addTransition'
      | 'removeTransition'
      | 'updateTransition'
      | 'setStart'
      | 'addRule'
      | 'removeRule'
      | 'updateRule'
      | 'moveRule'
      | 'setDefault'
    >();
    expectTypeOf<EscalationIssue['fixes'][number]['changes']>().toEqualTypeOf<
      readonly PolicyChange[]
    >();
  });
});
