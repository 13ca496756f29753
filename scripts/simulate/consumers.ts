// The simulated consumers: fake but plausible Swedish phone numbers, e-mail
// addresses and social-media handles, deterministic for a seed. A share of
// contacts come from someone who has been in touch before, with the same
// number or address (sometimes typed differently), so the backend ties the
// new contact to their earlier case as it would for a real returning consumer.
//
// The numbers look like ordinary Swedish mobile and landline numbers so that
// normalisation and matching are exercised; they are random, never dialled,
// and live only in demo databases. E-mail addresses use the reserved
// example.com/.net/.org domains.
import { chance, integer, pick, type Rng } from './random.js';
import type { Channel, Language } from './profile.js';

const FIRST_SV = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Emma', 'Malin', 'Sofia', 'Elin', 'Hanna', 'Ida', 'Fatima', 'Maja', 'Ebba',
  'Lars', 'Anders', 'Johan', 'Per', 'Erik', 'Mikael', 'Peter', 'Daniel', 'Fredrik', 'Magnus', 'Oskar', 'Ali', 'Björn', 'Nils', 'Göran',
] as const;
const LAST_SV = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson',
  'Pettersson', 'Jönsson', 'Lindberg', 'Lindström', 'Berg', 'Sjöberg', 'Holm', 'Öberg', 'Hassan', 'Nguyen',
] as const;
const FIRST_EN = ['James', 'Sarah', 'Michael', 'Emily', 'David', 'Laura', 'Raj', 'Priya', 'Wei', 'Ana', 'Carlos', 'Piotr', 'Chloe', 'Tom'] as const;
const LAST_EN = ['Smith', 'Brown', 'Wilson', 'Taylor', 'Patel', 'Singh', 'Chen', 'Garcia', 'Kowalski', 'Murphy', 'Novak', 'Rossi'] as const;

/** Mobile prefixes in use in Sweden, and a few area codes for landlines. */
const MOBILE_PREFIXES = ['70', '72', '73', '76', '79'] as const;
const AREA_CODES = [
  { code: '8', digits: 8 }, // Stockholm
  { code: '31', digits: 7 }, // Göteborg
  { code: '40', digits: 7 }, // Malmö
  { code: '18', digits: 6 }, // Uppsala
  { code: '90', digits: 6 }, // Umeå
] as const;
/** Country code and national-number length for consumers living abroad. */
const FOREIGN = [
  { cc: '44', lead: '7', digits: 10 },
  { cc: '49', lead: '15', digits: 11 },
  { cc: '48', lead: '5', digits: 9 },
  { cc: '1', lead: '2', digits: 10 },
] as const;
const MAIL_DOMAINS = ['example.com', 'example.net', 'example.org'] as const;

export interface Consumer {
  /** Position in the order the generator created them. */
  n: number;
  name: string;
  language: Language;
  /** E.164, e.g. +46701234567. */
  phone: string;
  email: string;
  handle: string;
}

export interface ContactOrigin {
  consumer: Consumer;
  returning: boolean;
  /** What the channel reports as the sender, as typed; undefined for an anonymous chat. */
  from: string | undefined;
}

const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => String(integer(rng, 0, 9))).join('');

/** Lowercase ASCII for an address: å/ä → a, ö → o, é → e. */
const ascii = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');

function swedishPhone(rng: Rng): string {
  if (chance(rng, 0.8)) return `+46${pick(rng, MOBILE_PREFIXES)}${digits(rng, 7)}`;
  const area = pick(rng, AREA_CODES);
  return `+46${area.code}${integer(rng, 2, 9)}${digits(rng, area.digits - 1)}`;
}

function foreignPhone(rng: Rng): string {
  const f = pick(rng, FOREIGN);
  return `+${f.cc}${f.lead}${digits(rng, f.digits - f.lead.length)}`;
}

/**
 * The way a person types their Swedish number: "070-123 45 67", "0701234567"
 * or "+46 70 123 45 67". The backend stores all of them as +46701234567.
 */
export function typedPhone(rng: Rng, e164: string): string {
  if (!e164.startsWith('+46')) return chance(rng, 0.5) ? e164 : `00${e164.slice(1)}`;
  const national = `0${e164.slice(3)}`;
  const mobile = /^07\d{8}$/.test(national);
  const style = rng();
  if (style < 0.5 && mobile) return `${national.slice(0, 3)}-${national.slice(3, 6)} ${national.slice(6, 8)} ${national.slice(8)}`;
  if (style < 0.5) {
    const split = national.startsWith('08') ? 2 : 3;
    return `${national.slice(0, split)}-${national.slice(split)}`;
  }
  if (style < 0.8) return national;
  return `+46 ${national.slice(1)}`;
}

export class ConsumerGenerator {
  private readonly consumers: Consumer[] = [];

  constructor(
    private readonly rng: Rng,
    /** Share of contacts from a consumer who has been in touch before. */
    readonly returningShare = 0.2,
  ) {}

  get count(): number {
    return this.consumers.length;
  }

  private create(language: Language): Consumer {
    const rng = this.rng;
    const first = language === 'sv' ? pick(rng, FIRST_SV) : pick(rng, FIRST_EN);
    const last = language === 'sv' ? pick(rng, LAST_SV) : pick(rng, LAST_EN);
    const year = integer(rng, 40, 99);
    const consumer: Consumer = {
      n: this.consumers.length,
      name: `${first} ${last}`,
      language,
      // Most English-speaking consumers live in Sweden; some call from abroad about a purchase here.
      phone: language === 'en' && chance(rng, 0.4) ? foreignPhone(rng) : swedishPhone(rng),
      email: `${ascii(first)}.${ascii(last)}${year}@${pick(rng, MAIL_DOMAINS)}`,
      handle: `facebook.com/${ascii(first)}.${ascii(last)}.${year}`,
    };
    this.consumers.push(consumer);
    return consumer;
  }

  /** Someone who has been in touch before in the same language, if anyone has. */
  private returning(language: Language): Consumer | null {
    // A few tries at random rather than filtering the whole list each time.
    for (let i = 0; i < 8 && this.consumers.length > 0; i++) {
      const c = pick(this.rng, this.consumers);
      if (c.language === language) return c;
    }
    return null;
  }

  /** The consumer behind a new contact, and what the channel reports as its sender. */
  next(channel: Channel, language: Language): ContactOrigin {
    const again = chance(this.rng, this.returningShare) ? this.returning(language) : null;
    const consumer = again ?? this.create(language);
    return { consumer, returning: again !== null, from: this.sender(consumer, channel) };
  }

  private sender(c: Consumer, channel: Channel): string | undefined {
    switch (channel) {
      case 'phone':
      case 'callback':
        return typedPhone(this.rng, c.phone);
      case 'email':
        return c.email;
      case 'chat':
        // The chat form asks for an e-mail address, but it is optional.
        return chance(this.rng, 0.6) ? c.email : undefined;
      case 'forum':
        return `forum:${ascii(c.name.split(' ')[0] ?? 'anon')}${c.n}`;
      case 'social':
        return c.handle;
    }
  }
}
