import type { PartySide } from '@tandem/core';
import { useId } from 'react';
import { RoleChip } from '../../role-chip/role-chip';
import type { MatrixImportMessages } from '../messages';
import type { ImportPreview } from '../model/import-preview';

type Cls = (name: string) => string | undefined;

/** Rows of the resulting matrix shown; the count says how many more there are. */
const ROWS_SHOWN = 12;
/** Warnings listed; past this the count says how many more. */
const WARNINGS_SHOWN = 200;
const SIDES: readonly PartySide[] = ['internal', 'provider', 'vendor', 'business'];

/** Props of {@link ResultPreview}. */
export interface ResultPreviewProps {
  preview: ImportPreview;
  /** The preview is of the layout before the last change (it is being recomputed). */
  stale: boolean;
  /** Parties come from cells (transposed, responsibility): their sides are chosen here. */
  partySides: boolean;
  messages: MatrixImportMessages;
  cls: Cls;
  unstyled: boolean;
  onPartySide: (name: string, side: PartySide) => void;
}

/**
 * The matrix the layout makes: its size, the checks' summary, its first rows with their
 * letters, and every warning, each naming its cell (`Cell C14: …`); or why none comes out.
 *
 * @example
 * <ResultPreview preview={preview} stale={false} partySides={false} messages={messages} cls={cls} … />
 */
export function ResultPreview(props: ResultPreviewProps) {
  const { preview, messages, cls } = props;
  const id = useId();
  if (!preview.ok)
    return (
      <section className={cls('result')} data-state="failed">
        <h3 id={id}>{messages.resultLabel}</h3>
        <p className={cls('error')}>{messages.notImportable}</p>
        <ul className={cls('warnings')}>
          {preview.issues.map((issue) => (
            <li key={`${issue.row}-${issue.column}-${issue.code}`}>{issue.message}</li>
          ))}
        </ul>
      </section>
    );
  const { matrix, warnings, summary } = preview;
  const shown = matrix.rows.slice(0, ROWS_SHOWN);
  const state = summary.errors > 0 ? 'error' : summary.warnings > 0 ? 'warning' : 'ok';
  return (
    <section
      className={cls('result')}
      aria-busy={props.stale || undefined}
      data-state={props.stale ? 'stale' : 'ready'}
    >
      <h3 id={id}>{messages.resultLabel}</h3>
      <p data-result-summary="">
        {messages.resultSummary(
          matrix.rows.length,
          matrix.parties.length,
          matrix.categories.length,
        )}{' '}
        <span data-state={state} className={cls('checks')}>
          {messages.validation(summary)}
        </span>
      </p>
      {props.partySides && (
        <fieldset className={cls('parties')}>
          <legend>{messages.partiesLabel}</legend>
          {matrix.parties.map((party) => (
            <label key={party.id} className={cls('field')}>
              {messages.partySideLabel(party.name)}
              <select
                value={party.side}
                onChange={(event) =>
                  props.onPartySide(party.name, event.currentTarget.value as PartySide)
                }
              >
                {SIDES.map((side) => (
                  <option key={side} value={side}>
                    {messages.sides[side]}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard. */}
      <section className={cls('result-scroll')} tabIndex={0} aria-labelledby={id}>
        <table className={cls('result-table')}>
          <thead>
            <tr>
              <td />
              {matrix.parties.map((party) => (
                <th key={party.id} scope="col" data-side={party.side}>
                  {party.name}
                  <span className={cls('side')}> · {messages.sides[party.side]}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                {matrix.parties.map((party) => (
                  <td key={party.id}>
                    {row.cells[party.id]?.roles.map((letter) => (
                      <RoleChip
                        key={letter}
                        letter={letter}
                        variant={matrix.variant}
                        unstyled={props.unstyled}
                      />
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {matrix.rows.length > shown.length && (
          <p className={cls('more')}>{messages.moreRows(matrix.rows.length - shown.length)}</p>
        )}
      </section>
      <details className={cls('warnings')} open={warnings.length > 0 && warnings.length <= 20}>
        <summary>
          {warnings.length === 0 ? messages.noWarnings : messages.warningsLabel(warnings.length)}
        </summary>
        <ul aria-label={messages.warningsLabel(warnings.length)}>
          {warnings.slice(0, WARNINGS_SHOWN).map((warning, index) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: one cell may have two warnings of one code.
              key={`${warning.row}-${warning.column}-${warning.code}-${index}`}
              data-code={warning.code}
            >
              {warning.message}
            </li>
          ))}
        </ul>
        {warnings.length > WARNINGS_SHOWN && (
          <p>{messages.moreWarnings(warnings.length - WARNINGS_SHOWN)}</p>
        )}
      </details>
    </section>
  );
}
