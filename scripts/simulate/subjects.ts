// What consumers ask about: a short list of everyday questions in the
// service's areas, in Swedish and English, each with the topic of the demo
// taxonomy it belongs to (sent only when the backend has that topic). Written
// for this project.
import { pick, type Rng } from './random.js';
import type { Language } from './profile.js';

export interface Subject {
  sv: string;
  en: string;
  topicId: string;
}

export const SUBJECTS: readonly Subject[] = [
  { sv: 'Mobilen slutade fungera efter fyra månader – kan jag reklamera?', en: 'My phone stopped working after four months – can I complain?', topicId: 'goods.complaint' },
  { sv: 'Ångerrätt på en soffa jag köpt på nätet', en: 'Withdrawing from a sofa I bought online', topicId: 'goods.withdrawal' },
  { sv: 'Paketet från webbutiken har inte kommit', en: 'My parcel from an online shop never arrived', topicId: 'goods.delivery' },
  { sv: 'Säljaren hänvisar till tillverkarens garanti', en: 'The seller tells me to use the manufacturer\'s warranty', topicId: 'goods.warranty' },
  { sv: 'Köpte en cykel på en annonssajt – den var stulen', en: 'Bought a bike through a classified ad – it was stolen', topicId: 'goods.private' },
  { sv: 'Hantverkaren har inte gjort klart badrummet', en: 'The builder has not finished my bathroom', topicId: 'craftsmen.defects' },
  { sv: 'Fakturan från målaren är mycket högre än offerten', en: 'The painter\'s invoice is far above the quote', topicId: 'craftsmen.price' },
  { sv: 'Flyget ställdes in – får jag ersättning?', en: 'My flight was cancelled – am I entitled to compensation?', topicId: 'travel.flight' },
  { sv: 'Väskan kom inte fram efter resan', en: 'My suitcase did not arrive after the flight', topicId: 'travel.baggage' },
  { sv: 'Researrangören har ändrat hotellet i paketresan', en: 'The tour operator changed the hotel in my package holiday', topicId: 'travel.package' },
  { sv: 'Elräkningen är dubbelt så hög som vanligt', en: 'My electricity bill is twice the usual amount', topicId: 'energy.bills' },
  { sv: 'Tecknade elavtal med en säljare vid dörren', en: 'I signed an electricity contract with a door-to-door seller', topicId: 'energy.contracts' },
  { sv: 'Vad ska jag tänka på innan jag köper solceller?', en: 'What should I check before buying solar panels?', topicId: 'energy.solar' },
  { sv: 'Bindningstiden på mobilabonnemanget förlängdes', en: 'My mobile contract was extended without asking', topicId: 'telecom.mobile' },
  { sv: 'Bredbandet är mycket långsammare än utlovat', en: 'My broadband is much slower than promised', topicId: 'telecom.broadband' },
  { sv: 'Inkassokrav på en faktura jag har bestridit', en: 'A debt collector is chasing an invoice I disputed', topicId: 'debt.collection' },
  { sv: 'Jag har svårt att betala mina räkningar', en: 'I am struggling to pay my bills', topicId: 'debt.budget' },
  { sv: 'Webbutiken verkar vara en bluff – vad gör jag?', en: 'The web shop looks like a scam – what do I do?', topicId: 'fraud.webshops' },
  { sv: 'Fick sms som ser ut att komma från banken', en: 'I got a text message that looks like it is from my bank', topicId: 'fraud.phishing' },
  { sv: 'Beställde från en butik utanför EU – tull och moms?', en: 'Ordered from a shop outside the EU – customs and VAT?', topicId: 'crossborder.marketplaces' },
  { sv: 'Kan kortföretaget betala tillbaka pengarna?', en: 'Can my card issuer give me my money back?', topicId: 'crossborder.chargeback' },
  { sv: 'Fel på begagnad bil köpt av bilhandlare', en: 'Faults in a used car bought from a dealer', topicId: 'vehicles.purchase' },
  { sv: 'Verkstaden gjorde fler reparationer än vi kommit överens om', en: 'The garage did more repairs than we agreed', topicId: 'vehicles.repair' },
  { sv: 'Hemförsäkringen nekar ersättning för vattenskada', en: 'My home insurance refuses to pay for water damage', topicId: 'insurance.claims' },
  { sv: 'Gymmet låter mig inte säga upp medlemskapet', en: 'The gym will not let me cancel my membership', topicId: 'services.memberships' },
  { sv: 'Konserten ställdes in – får jag pengarna tillbaka?', en: 'The concert was cancelled – do I get a refund?', topicId: 'services.events' },
  { sv: 'Snabblånet har blivit mycket dyrare än jag trodde', en: 'My payday loan has become far more expensive than I thought', topicId: 'finance.credit' },
  { sv: 'Kläderna släppte färg i första tvätten', en: 'The clothes lost their colour in the first wash', topicId: 'sustainable.textiles' },
  { sv: 'Spelbolaget skickar reklam fast jag är avstängd', en: 'A gambling company sends me ads although I am self-excluded', topicId: 'gambling.marketing' },
  { sv: 'Streamingtjänsten drog pengar efter uppsägningen', en: 'The streaming service charged me after I cancelled', topicId: 'telecom.tv' },
];

export function pickSubject(rng: Rng, language: Language): { text: string; topicId: string } {
  const s = pick(rng, SUBJECTS);
  return { text: language === 'sv' ? s.sv : s.en, topicId: s.topicId };
}
