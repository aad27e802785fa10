import type { Figure } from './format';
import type { Translate } from './i18n/translate';

/*
 * Why a figure is withheld, in words, beside its mark (`formatFigure`): one writer for the
 * tooltips, the accessible tables, the CSVs and the PNG notes, so "<10" and "withheld" are each
 * explained the same everywhere.
 */

type Withheld = Extract<Figure, { kind: 'suppressed' }>;

/** The short reason beside a withheld figure: its own ("withheld to protect survivors"), or a sum's ("includes figures withheld …"). */
export const withheldReason = (figure: Withheld, t: Translate): string => t(figure.sum ? 'value.withheldSumShort' : 'value.suppressedShort');

/** The note of one withheld figure: what its mark means. */
export const withheldNoteOf = (figure: Withheld, t: Translate): string => t(figure.sum ? 'value.withheldSumNote' : 'value.suppressedNote');

/** The notes a set of figures owes its reader: one per mark among them, "<10" first; undefined when none is withheld. */
export function withheldNote(figures: Iterable<Figure>, t: Translate): string | undefined {
  let own = false;
  let sum = false;
  for (const figure of figures) {
    if (figure.kind !== 'suppressed') continue;
    if (figure.sum) sum = true;
    else own = true;
  }
  const notes = [...(own ? [t('value.suppressedNote')] : []), ...(sum ? [t('value.withheldSumNote')] : [])];
  return notes.length > 0 ? notes.join(' ') : undefined;
}
