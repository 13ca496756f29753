import { describe, expect, it } from 'vitest';
import { fillCanned, firstNameOf, unfilledVariables } from './canned-fill';

const all = { name: 'Eva', adviser: 'Sara', reference: 'HK-2025-000123' };

describe('fillCanned', () => {
  it('fills the consumer, the adviser and the case reference', () => {
    expect(fillCanned('Hej {{name}}! Jag heter {{adviser}}. Ditt ärende: {{reference}}.', all)).toEqual({
      text: 'Hej Eva! Jag heter Sara. Ditt ärende: HK-2025-000123.',
      missing: [],
    });
  });

  it('accepts spaces and capitals inside the braces, and fills every occurrence', () => {
    expect(fillCanned('{{ Name }} – {{name}} – {{ADVISER}}', all).text).toBe('Eva – Eva – Sara');
  });

  it.each([
    ['Hej {{name}}!', 'Hej!'],
    ['Hej {{name}}, tack för att du väntade.', 'Hej, tack för att du väntade.'],
    ['Tack {{name}} för att du väntade.', 'Tack för att du väntade.'],
    ['{{name}}, tack för att du väntade.', 'Tack för att du väntade.'],
    ['Hi {{name}},\n\n{{name}}: here is the link.', 'Hi,\n\nHere is the link.'],
    ['{{name}}', ''],
  ])('leaves an unknown name out so the greeting still reads well: %j', (body, text) => {
    expect(fillCanned(body, { ...all, name: null })).toEqual({ text, missing: ['name'] });
  });

  it('treats a blank name as unknown', () => {
    expect(fillCanned('Hej {{name}}!', { ...all, name: '  ' }).text).toBe('Hej!');
  });

  it('keeps the placeholder of an unknown reference or adviser, and says which are missing', () => {
    const filled = fillCanned('Hej {{name}}, ditt ärende är {{reference}} – {{adviser}}', { name: null, adviser: null, reference: null });
    expect(filled.text).toBe('Hej, ditt ärende är {{reference}} – {{adviser}}');
    expect(filled.missing.sort()).toEqual(['adviser', 'name', 'reference']);
  });

  it('leaves other braces and text alone', () => {
    expect(fillCanned('Pris {{belopp}} kr, {name}', all)).toEqual({ text: 'Pris {{belopp}} kr, {name}', missing: [] });
  });

  it('does not treat a value as a placeholder again', () => {
    expect(fillCanned('Hej {{name}}', { ...all, name: '{{reference}}' }).text).toBe('Hej {{reference}}');
  });
});

describe('unfilledVariables', () => {
  it('finds our placeholders still in a text, each once', () => {
    expect(unfilledVariables('Ärende {{reference}} och {{ reference }}, {{adviser}}').sort()).toEqual(['adviser', 'reference']);
    expect(unfilledVariables('Inga {{platshållare}} här')).toEqual([]);
  });
});

describe('firstNameOf', () => {
  it('takes the first word of a display name', () => {
    expect(firstNameOf('Sara Lindholm')).toBe('Sara');
    expect(firstNameOf('  Ahmed  Hassan ')).toBe('Ahmed');
    expect(firstNameOf('')).toBeNull();
    expect(firstNameOf(null)).toBeNull();
  });
});
