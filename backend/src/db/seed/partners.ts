// Builds the contact cards: national partners, one energy and climate advice
// office per county, and for every municipality a consumer guidance and a
// budget and debt counselling office (some shared between municipalities).
import type { PartnerKind, PartnerMunicipalitiesTable, PartnersTable, PartnerTopicsTable, ReferralMethod } from '../schema.js';
import { COUNTIES, MUNICIPALITIES, type Municipality } from './municipalities.js';
import { NATIONAL_PARTNERS } from './partners-national.js';
import { AREA_CODE, COUNTY_AREA_CODE, LOCAL_TEXT, OWN_NAME, SHARED_OFFICES } from './partners-local-data.js';
import { openingHours, type HoursTemplate } from './opening-hours.js';
import type { Random } from './random.js';

type LocalKind = 'municipal_guidance' | 'debt_counselling' | 'energy_advice';

export interface PartnerSeed {
  partners: PartnersTable[];
  municipalities: PartnerMunicipalitiesTable[];
  topics: PartnerTopicsTable[];
  /** National partner key (e.g. "arn") → id. */
  national: Map<string, string>;
  /** Local kind → municipality code → id of the partner covering it. */
  local: Record<LocalKind, Map<string, string>>;
}

const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

function municipality(code: string): Municipality {
  const m = byCode.get(code);
  if (!m) throw new Error(`Unknown municipality ${code}`);
  return m;
}

/** "Upplands Väsby" → "upplandsvasby.se", the pattern municipal domains follow. */
export function municipalDomain(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/\s+/g, '');
  return `${ascii}.se`;
}

const ownName = (m: Municipality) => OWN_NAME[m.code] ?? `${m.name} kommun`;
const areaCode = (m: Municipality) => AREA_CODE[m.code] ?? COUNTY_AREA_CODE[m.countyCode] ?? '08';

/** Area-code style but not a real subscriber: the "99 xx 00" series is made up for the demo. */
function fictitiousPhone(rng: Random, area: string): string {
  const pair = String(rng.int(10, 99));
  return area.length === 2 ? `${area}-99${rng.int(0, 9)} ${pair} 00` : `${area}-99 ${pair} 00`;
}

export function buildPartners(rng: Random, today: Date, createdAt: string): PartnerSeed {
  const out: PartnerSeed = {
    partners: [],
    municipalities: [],
    topics: [],
    national: new Map(),
    local: { municipal_guidance: new Map(), debt_counselling: new Map(), energy_advice: new Map() },
  };

  const add = (p: {
    kind: PartnerKind;
    name: string;
    descriptionSv: string;
    descriptionEn: string;
    national: boolean;
    phone: string | null;
    email: string | null;
    web: string | null;
    method: ReferralMethod;
    instructionsSv: string;
    instructionsEn: string;
    hours: HoursTemplate;
    topics: readonly string[];
    covers: readonly string[];
  }): string => {
    const id = rng.uuid();
    out.partners.push({
      id,
      kind: p.kind,
      name: p.name,
      description_sv: p.descriptionSv,
      description_en: p.descriptionEn,
      national: p.national ? 1 : 0,
      phone: p.phone,
      email: p.email,
      web: p.web,
      referral_method: p.method,
      referral_instructions_sv: p.instructionsSv,
      referral_instructions_en: p.instructionsEn,
      opening_hours: JSON.stringify(openingHours(p.hours, today)),
      active: 1,
      version: 1,
      created_at: createdAt,
      updated_at: createdAt,
    });
    for (const topic_id of p.topics) out.topics.push({ partner_id: id, topic_id });
    for (const municipality_code of p.covers) out.municipalities.push({ partner_id: id, municipality_code });
    return id;
  };

  for (const n of NATIONAL_PARTNERS) {
    const id = add({ ...n, national: true, covers: [] });
    out.national.set(n.key, id);
  }

  for (const county of COUNTIES) {
    const members = MUNICIPALITIES.filter((m) => m.countyCode === county.code);
    const host = members.reduce((a, b) => (b.population > a.population ? b : a));
    const text = LOCAL_TEXT.energy_advice;
    const domain = municipalDomain(host.name);
    const id = add({
      kind: 'energy_advice',
      name: `Energi- och klimatrådgivningen ${county.name}`,
      descriptionSv: `${text.descriptionSv} Täcker alla kommuner i ${county.name}.`,
      descriptionEn: `${text.descriptionEn} Covers every municipality in ${county.name}.`,
      national: false,
      phone: fictitiousPhone(rng, areaCode(host)),
      email: `energiradgivning@${domain}`,
      web: `https://www.${domain}/energiradgivning`,
      method: 'informed',
      instructionsSv: text.instructionsSv,
      instructionsEn: text.instructionsEn,
      hours: 'energy',
      topics: text.topics,
      covers: members.map((m) => m.code),
    });
    for (const m of members) out.local.energy_advice.set(m.code, id);
  }

  const shared = new Map<string, (typeof SHARED_OFFICES)[number]>();
  for (const office of SHARED_OFFICES) {
    for (const code of [office.host, ...office.members]) shared.set(`${office.kind}:${code}`, office);
  }

  for (const m of MUNICIPALITIES) {
    for (const kind of ['municipal_guidance', 'debt_counselling'] as const) {
      const office = shared.get(`${kind}:${m.code}`);
      if (office && office.host !== m.code) continue; // added with its host
      const covers = office ? [office.host, ...office.members] : [m.code];
      const host = municipality(office ? office.host : m.code);
      const domain = municipalDomain(host.name);
      const text = LOCAL_TEXT[kind];
      const coveredNames = covers.map((c) => municipality(c).name);
      const area = office ? ` Gemensam för ${coveredNames.join(', ')}.` : '';
      const areaEn = office ? ` Shared by ${coveredNames.join(', ')}.` : '';
      const guidance = kind === 'municipal_guidance';
      const population = covers.reduce((s, c) => s + municipality(c).population, 0);
      const hours: HoursTemplate = guidance
        ? population >= 50 ? 'guidance-full' : population >= 15 ? 'guidance-split' : 'guidance-small'
        : rng.chance(0.5) ? 'debt-mornings' : 'debt-split';
      const id = add({
        kind,
        name: office ? office.name : `${guidance ? 'Konsumentvägledningen' : 'Budget- och skuldrådgivningen'} ${ownName(host)}`,
        descriptionSv: text.descriptionSv + area,
        descriptionEn: text.descriptionEn + areaEn,
        national: false,
        phone: fictitiousPhone(rng, areaCode(host)),
        email: `${guidance ? 'konsumentvagledning' : 'skuldradgivning'}@${domain}`,
        web: `https://www.${domain}/${guidance ? 'konsumentvagledning' : 'budget-och-skuldradgivning'}`,
        method: guidance ? (rng.chance(0.2) ? 'transferred' : 'informed') : rng.chance(0.3) ? 'forwarded' : 'informed',
        instructionsSv: text.instructionsSv,
        instructionsEn: text.instructionsEn,
        hours,
        topics: text.topics,
        covers,
      });
      for (const c of covers) out.local[kind].set(c, id);
    }
  }
  return out;
}
