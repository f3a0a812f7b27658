import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { peersShown, storyPeers } from '../../presence/story-peers';
import { ResponsibilityMatrix } from '../views/responsibility-matrix';
import { announcer, smallBusiness } from './story-support';

const [first, second] = smallBusiness.rows;
const msp = smallBusiness.parties.find((party) => party.side === 'provider');
if (!first || !second || !msp) throw new Error('the template has two rows and an MSP party');

const meta = {
  title: 'Matrix editor/Presence',
  component: ResponsibilityMatrix,
  args: {
    defaultValue: smallBusiness,
    onValueChange: fn(),
    presence: {
      peers: storyPeers(
        { kind: 'cell', rowId: second.id, partyId: msp.id },
        { kind: 'row', rowId: first.id },
      ),
      onLocalChange: fn(),
    },
  },
} satisfies Meta<typeof ResponsibilityMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Live co-editing: Sam (Northwind MSP) has a cell of the second row focused, outlined in his
 * colour with his name; Dana (Contoso IT) is dragging the first row. Screen readers hear it.
 */
export const OthersInTheMatrix: Story = {
  play: async ({ canvasElement }) => {
    await peersShown(canvasElement);
    const canvas = within(canvasElement);
    const samRow = canvas.getByRole('row', { name: new RegExp(second.name) });
    const cell = samRow.querySelector('[data-peer]');
    await expect(cell).toHaveAttribute('role', 'gridcell');
    await expect(cell).toHaveTextContent('Sam');
    await expect(getComputedStyle(cell as Element).outlineStyle).toBe('solid');
    const danaRow = canvas.getByRole('row', { name: new RegExp(first.name) });
    await expect(danaRow.querySelector('th')).toHaveAttribute('data-peer', 'dragging');
    await expect(danaRow).toHaveTextContent('picked up by Dana');
    await waitFor(() =>
      expect(announcer(canvasElement)).toHaveTextContent(
        `Sam from Northwind MSP is editing ${second.name}. Dana from Contoso IT is moving ${first.name}.`,
      ),
    );
  },
};
