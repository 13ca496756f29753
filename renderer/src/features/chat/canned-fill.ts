// Canned responses hold {{name}}, {{adviser}} and {{reference}}; the
// workstation fills them in before the text reaches the composer. A name we
// do not know is left out so the greeting still reads naturally ("Hej!",
// not "Hej !" or "Hej konsument!"); an adviser name or case reference we do
// not know stays as the placeholder, which the composer refuses to send, so
// the adviser notices and writes it in.

export type CannedVariable = 'name' | 'adviser' | 'reference';

export interface CannedValues {
  /** The consumer's name, when the workstation knows it. */
  name: string | null;
  /** The adviser's first name. */
  adviser: string | null;
  /** The case reference ("HK-2025-000123"), once the case has synced. */
  reference: string | null;
}

export interface FilledText {
  text: string;
  /** Variables the text asked for that had no value. */
  missing: CannedVariable[];
}

const PLACEHOLDER = /\{\{\s*(name|adviser|reference)\s*\}\}/gi;
/** At the start of a line, with what follows it ("{{name}}, tack…"). */
const NAME_AT_LINE_START = /(^|\n)[ \t]*\{\{\s*name\s*\}\}[ \t]*[,:;!]?[ \t]*(\S?)/gi;
/** After other words on the line ("Hej {{name}}!"): the space before it goes too. */
const NAME_AFTER_WORDS = /[ \t]*\{\{\s*name\s*\}\}/gi;

const clean = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** The first word of a display name ("Sara Lindholm" → "Sara"). */
export function firstNameOf(displayName: string | null | undefined): string | null {
  return clean(displayName)?.split(/\s+/)[0] ?? null;
}

/** Fills the variables in a canned response's text. */
export function fillCanned(body: string, values: CannedValues): FilledText {
  const missing = new Set<CannedVariable>();
  const name = clean(values.name);
  let text = body;
  if (name === null && /\{\{\s*name\s*\}\}/i.test(text)) {
    missing.add('name');
    text = text
      .replace(NAME_AT_LINE_START, (_all, lineStart: string, next: string) => `${lineStart}${next.toUpperCase()}`)
      .replace(NAME_AFTER_WORDS, '');
  }
  text = text.replace(PLACEHOLDER, (all, key: string) => {
    const variable = key.toLowerCase() as CannedVariable;
    const value = variable === 'name' ? name : clean(values[variable]);
    if (value === null) {
      missing.add(variable);
      return all;
    }
    return value;
  });
  return { text, missing: [...missing] };
}

/** The variables still written as placeholders in a text (the composer will not send those). */
export function unfilledVariables(text: string): CannedVariable[] {
  const found = new Set<CannedVariable>();
  for (const m of text.matchAll(PLACEHOLDER)) found.add((m[1] ?? '').toLowerCase() as CannedVariable);
  return [...found];
}
