import { type RoleLetter, type RoleVariant, roleLetters } from '@tandem/core';
import type { LayoutDetection, MatrixLayout } from '@tandem/core/io';
import { useId } from 'react';
import type { MatrixImportMessages } from '../messages';

type Cls = (name: string) => string | undefined;

const VARIANTS: readonly RoleVariant[] = ['raci', 'rasci', 'daci'];
const NO_ROLE = '-';

/** Props of {@link LayoutPanel}. */
export interface LayoutPanelProps {
  detection: LayoutDetection;
  layout: MatrixLayout;
  rowCount: number;
  sheets: readonly string[];
  sheet: string | undefined;
  variant: RoleVariant;
  messages: MatrixImportMessages;
  cls: Cls;
  onSheet: (name: string) => void;
  onHeaderRow: (row: number) => void;
  onAlternative: (index: number) => void;
  onLetter: (letter: string, letters: readonly RoleLetter[]) => void;
  onVariant: (variant: RoleVariant) => void;
}

/**
 * Everything about the sheet that is not one column: the worksheet, the header row, why the
 * detector chose this layout and the others it weighed (one click each), and the letters.
 *
 * @example
 * <LayoutPanel detection={detection} layout={layout} … />
 */
export function LayoutPanel(props: LayoutPanelProps) {
  const { detection, layout, messages, cls } = props;
  const id = useId();
  const mapped = Object.entries(layout.letters.map);
  return (
    <div className={cls('layout')}>
      <div className={cls('fields')}>
        {props.sheets.length > 1 && (
          <label className={cls('field')}>
            {messages.sheetLabel}
            <select
              value={props.sheet ?? props.sheets[0]}
              onChange={(event) => props.onSheet(event.currentTarget.value)}
            >
              {props.sheets.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className={cls('field')}>
          {messages.headerRowLabel}
          <input
            type="number"
            min={1}
            max={props.rowCount}
            value={layout.headerRow}
            onChange={(event) => props.onHeaderRow(event.currentTarget.valueAsNumber)}
          />
        </label>
        <label className={cls('field')}>
          {messages.variantLabel}
          <select
            value={props.variant}
            onChange={(event) => props.onVariant(event.currentTarget.value as RoleVariant)}
          >
            {VARIANTS.map((variant) => (
              <option key={variant} value={variant}>
                {messages.variants[variant]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <section className={cls('letters')} aria-labelledby={`${id}-letters`}>
        <h3 id={`${id}-letters`}>
          {messages.lettersLabel}: {layout.letters.name}
        </h3>
        {mapped.length === 0 ? (
          <p>{messages.noLegend(layout.letters.name)}</p>
        ) : (
          <ul>
            {mapped.map(([letter, letters]) => (
              <li key={letter}>
                <label className={cls('field')}>
                  {messages.letterMapping(letter)}
                  <select
                    value={letters[0] ?? NO_ROLE}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      props.onLetter(letter, value === NO_ROLE ? [] : [value as RoleLetter]);
                    }}
                  >
                    <option value={NO_ROLE}>{messages.noRole}</option>
                    {roleLetters(props.variant).map((to) => (
                      <option key={to} value={to}>
                        {to}
                      </option>
                    ))}
                  </select>
                </label>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={cls('reasons')} aria-labelledby={`${id}-reasons`}>
        <h3 id={`${id}-reasons`}>{messages.reasonsLabel(detection.confidence)}</h3>
        <ul>
          {detection.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        {detection.alternatives.length > 0 && (
          <>
            <h3 id={`${id}-alternatives`}>{messages.alternativesLabel}</h3>
            <ul className={cls('alternatives')} aria-labelledby={`${id}-alternatives`}>
              {[detection, ...detection.alternatives].map((option, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the options are a fixed list with no ids.
                <li key={index}>
                  <button
                    type="button"
                    className={cls('button')}
                    aria-pressed={layout === option.layout}
                    onClick={() => props.onAlternative(index - 1)}
                  >
                    {messages.readAs(option.layout.orientation, option.confidence)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
