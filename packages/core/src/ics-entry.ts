// The `@tandem/core/ics` entry: holidays and calendars from iCalendar feeds. Apart from `/sla`
// because the RFC 5545 parser it brings (ical.js) weighs more than the whole SLA engine.
export * from './ics';
