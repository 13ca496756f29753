// The team's canned chat responses in the demo: greetings, the usual
// referrals and a closing, in Swedish and English, with the variables the
// workstation fills in ({{name}}, {{adviser}}, {{reference}}).
import type { CannedResponsesTable } from '../schema.js';

const RESPONSES: Array<Pick<CannedResponsesTable, 'language' | 'title' | 'body'> & { tags: string[] }> = [
  { language: 'sv', title: 'Hälsning', body: 'Hej {{name}}! Du chattar med {{adviser}} på Hallå konsument. Hur kan jag hjälpa dig?', tags: ['hej', 'start'] },
  { language: 'sv', title: 'Reklamation – tre år', body: 'Du har rätt att reklamera en vara som var felaktig när du köpte den, i upp till tre år. Kontakta säljaren så snart du har upptäckt felet, helst skriftligt, och spara kvitto och korrespondens.', tags: ['reklamation', 'fel', 'vara', 'konsumentköplagen'] },
  { language: 'sv', title: 'Hänvisning – kommunal konsumentvägledning', body: 'Din kommuns konsumentvägledning kan hjälpa dig vidare, bland annat med att kontakta företaget. Jag kan ge dig deras kontaktuppgifter om du berättar vilken kommun du bor i.', tags: ['hänvisning', 'kommun', 'konsumentvägledning'] },
  { language: 'sv', title: 'Hänvisning – ARN', body: 'Om du och företaget inte kommer överens kan du göra en anmälan till Allmänna reklamationsnämnden (ARN). Det är kostnadsfritt och görs på arn.se.', tags: ['arn', 'tvist', 'anmälan'] },
  { language: 'sv', title: 'Hänvisning – budget- och skuldrådgivning', body: 'Kommunens budget- och skuldrådgivning kan hjälpa dig att få överblick över ekonomin och kontakta dem du är skyldig. Det är gratis och de har tystnadsplikt.', tags: ['skuld', 'inkasso', 'kronofogden', 'ekonomi'] },
  { language: 'sv', title: 'Bedrägeri – polisanmälan', body: 'Det låter som ett bedrägeri. Kontakta din bank direkt för att spärra kort och konton, och gör en polisanmälan på polisen.se eller på 114 14.', tags: ['bedrägeri', 'bluff', 'polis', 'bankid'] },
  { language: 'sv', title: 'Ärendenummer', body: 'Ditt ärende har nummer {{reference}}. Uppge det om du hör av dig igen, så hittar vi det snabbt.', tags: ['ärende', 'referens'] },
  { language: 'sv', title: 'Avslutning', body: 'Tack för att du hörde av dig, {{name}}! Hör gärna av dig igen om du har fler frågor.', tags: ['tack', 'hej då', 'avslut'] },
  { language: 'en', title: 'Greeting', body: 'Hello {{name}}! You are chatting with {{adviser}} at Hallå konsument. How can I help you?', tags: ['hello', 'start'] },
  { language: 'en', title: 'Complaint – three years', body: 'You may complain about goods that were faulty when you bought them for up to three years. Contact the seller as soon as you notice the fault, preferably in writing, and keep the receipt and all correspondence.', tags: ['complaint', 'fault', 'goods'] },
  { language: 'en', title: 'Cross-border purchase – ECC', body: 'For purchases from a trader in another EU country, the European Consumer Centre (Konsument Europa) can help you free of charge.', tags: ['ecc', 'eu', 'abroad', 'cross-border'] },
  { language: 'en', title: 'Closing', body: 'Thank you for getting in touch, {{name}}! You are welcome to contact us again if you have more questions.', tags: ['thanks', 'goodbye'] },
];

export function cannedRows(ids: () => string, createdBy: string | null, at: string): CannedResponsesTable[] {
  return RESPONSES.map((r) => ({
    id: ids(),
    language: r.language,
    title: r.title,
    body: r.body,
    tags: JSON.stringify(r.tags),
    active: 1,
    version: 1,
    created_by: createdBy,
    updated_at: at,
  }));
}
