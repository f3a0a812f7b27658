import { templates } from '@tandem/core/templates';
import { act, render, screen } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PresencePeer } from '../../presence/presence-types';
import { presenceEngine } from '../../presence/use-presence';
import { cellProps } from '../model/grid-props';
import { ResponsibilityMatrix } from './responsibility-matrix';

// Every rendered cell asks `cellProps` for its attributes once, so counting its calls by
// row counts cell renders by row.
vi.mock('../model/grid-props', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../model/grid-props')>();
  return { ...actual, cellProps: vi.fn(actual.cellProps) };
});

const matrix = templates['full-hybrid'].matrix;
const [first, second, third] = matrix.rows;
const party = matrix.parties[0];
if (!first || !second || !third || !party) throw new Error('the template has three rows');
const renderedRows = () => new Set(vi.mocked(cellProps).mock.calls.map(([input]) => input.row.id));
const rowElement = (rowId: string) =>
  document.querySelector<HTMLTableRowElement>(`tr[data-row-id="${rowId}"]`);
const announcer = () => document.querySelector('[data-announcer]')?.textContent ?? '';

const sam = (focus: PresencePeer['focus'], dragging?: PresencePeer['dragging']): PresencePeer => ({
  id: 7,
  name: 'Sam',
  partyName: 'Northwind MSP',
  color: 'rgb(11, 114, 133)',
  focus,
  dragging,
});

describe('ResponsibilityMatrix presence', () => {
  // The presence chunk has arrived, as for every component after a page's first; the wait
  // for it is use-presence.test's.
  beforeAll(() => presenceEngine.preload());

  beforeEach(() => {
    vi.mocked(cellProps).mockClear();
  });

  it('outlines the cell a peer has focused with their colour and name', () => {
    render(
      <ResponsibilityMatrix
        defaultValue={matrix}
        presence={{ peers: [sam({ kind: 'cell', rowId: second.id, partyId: party.id })] }}
      />,
    );
    const cell = rowElement(second.id)?.cells[1];
    expect(cell?.dataset.peer).toBe('focus');
    expect(cell?.style.getPropertyValue('--tandem-peer-color')).toBe('rgb(11, 114, 133)');
    expect(cell?.querySelector('[data-peer-tag]')?.textContent).toBe('Sam');
    expect(rowElement(first.id)?.querySelector('[data-peer]')).toBeNull();
  });

  it('shows a row a peer is dragging as picked up by them', () => {
    render(
      <ResponsibilityMatrix
        defaultValue={matrix}
        presence={{
          peers: [sam(null, { item: { kind: 'row', rowId: first.id }, over: null })],
        }}
      />,
    );
    const header = rowElement(first.id)?.querySelector('th');
    expect(header?.dataset.peer).toBe('dragging');
    expect(header?.textContent).toContain('picked up by Sam');
  });

  it("shows a party a peer drags on its column header, and reports this user's party focus", () => {
    const onLocalChange = vi.fn();
    render(
      <ResponsibilityMatrix
        defaultValue={matrix}
        presence={{
          peers: [sam(null, { item: { kind: 'party', partyId: party.id } })],
          onLocalChange,
        }}
      />,
    );
    const header = document.querySelector<HTMLElement>(`th[data-party-id="${party.id}"]`);
    expect(header).toHaveAttribute('data-peer', 'dragging');
    expect(header).toHaveTextContent('picked up by Sam');
    expect(announcer()).toBe(`Sam from Northwind MSP is moving ${party.name}.`);
    act(() => header?.querySelector('button')?.focus());
    expect(onLocalChange).toHaveBeenLastCalledWith({
      focus: { kind: 'party', partyId: party.id },
      dragging: null,
    });
  });

  it('announces a peer moving to a row once, not on every awareness update', () => {
    const { rerender } = render(<ResponsibilityMatrix defaultValue={matrix} />);
    rerender(
      <ResponsibilityMatrix
        defaultValue={matrix}
        presence={{ peers: [sam({ kind: 'row', rowId: second.id })] }}
      />,
    );
    expect(announcer()).toBe(`Sam from Northwind MSP is editing ${second.name}.`);
    rerender(<ResponsibilityMatrix defaultValue={matrix} presence={{ peers: [] }} />);
    rerender(
      <ResponsibilityMatrix
        defaultValue={matrix}
        presence={{ peers: [{ ...sam({ kind: 'row', rowId: second.id }), id: 8, name: 'Ana' }] }}
      />,
    );
    expect(announcer()).toBe(`Ana from Northwind MSP is editing ${second.name}.`);
    rerender(
      <ResponsibilityMatrix
        defaultValue={matrix}
        presence={{ peers: [{ ...sam({ kind: 'row', rowId: second.id }), id: 8, name: 'Ana' }] }}
      />,
    );
    // The same place again (a new array, as every awareness update gives) is not heard again.
    expect(announcer()).toBe(`Ana from Northwind MSP is editing ${second.name}.`);
  });

  it('re-renders only the two rows a peer moves between', () => {
    const { rerender } = render(
      <ResponsibilityMatrix
        defaultValue={matrix}
        presence={{ peers: [sam({ kind: 'row', rowId: first.id })] }}
      />,
    );
    vi.mocked(cellProps).mockClear();
    rerender(
      <ResponsibilityMatrix
        defaultValue={matrix}
        presence={{ peers: [sam({ kind: 'row', rowId: second.id })] }}
      />,
    );
    expect(renderedRows()).toEqual(new Set([first.id, second.id]));
    vi.mocked(cellProps).mockClear();
    // An awareness update that moved nobody re-renders no row.
    rerender(
      <ResponsibilityMatrix
        defaultValue={matrix}
        presence={{ peers: [sam({ kind: 'row', rowId: second.id })] }}
      />,
    );
    expect(renderedRows().size).toBe(0);
    expect(rowElement(third.id)?.querySelector('[data-peer]')).toBeNull();
  });

  it("reports this user's focused cell once, and null when focus leaves the editor", () => {
    const onLocalChange = vi.fn();
    render(
      <>
        <ResponsibilityMatrix defaultValue={matrix} presence={{ onLocalChange }} />
        <button type="button">outside</button>
      </>,
    );
    const cell = rowElement(second.id)?.cells[1];
    act(() => cell?.focus());
    act(() => cell?.blur());
    act(() => cell?.focus());
    act(() => cell?.focus());
    act(() => screen.getByRole('button', { name: 'outside' }).focus());
    expect(onLocalChange.mock.calls.map(([local]) => local)).toEqual([
      { focus: { kind: 'cell', rowId: second.id, partyId: party.id }, dragging: null },
      { focus: null, dragging: null },
      { focus: { kind: 'cell', rowId: second.id, partyId: party.id }, dragging: null },
      { focus: null, dragging: null },
    ]);
  });
});
