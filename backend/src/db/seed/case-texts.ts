// Source text for demo cases: subjects per subtopic, adviser notes, referral
// reasons and tags, plus how often each area comes up. Notes are written the
// way advisers write them: short, factual, and without assessing the case.

/** Relative share of contacts per area; travel peaks in summer and energy in winter (see cases.ts). */
export const AREA_WEIGHTS: Readonly<Record<string, number>> = {
  goods: 22, services: 8, craftsmen: 8, travel: 9, housing: 4, finance: 7, insurance: 5, energy: 6,
  telecom: 7, vehicles: 6, debt: 6, crossborder: 5, fraud: 5, sustainable: 2, gambling: 1, other: 3,
};

export const SUBJECTS: Readonly<Record<string, readonly string[]>> = {
  'goods.complaint': ['Trasig tvättmaskin efter åtta månader', 'Mobilens batteri håller inte', 'Soffa med sprucken söm', 'Säljaren nekar reklamation av hörlurar', 'Kylskåp slutar kyla'],
  'goods.warranty': ['Tillverkaren nekar garantiärende', 'Garantin har gått ut – kan jag reklamera?', 'Förlängd garanti täcker inte felet'],
  'goods.delivery': ['Beställd säng har inte levererats', 'Paketet markerat som levererat men saknas', 'Leveransen försenad sex veckor'],
  'goods.withdrawal': ['Vill ångra köp av jacka på nätet', 'Butiken vägrar öppet köp', 'Returfrakt dras av från återbetalningen'],
  'goods.private': ['Begagnad cykel från annonssajt var trasig', 'Säljaren på Blocket svarar inte', 'Köpt mobil som visade sig vara spärrad'],
  'goods.safety': ['Laddare blev varm och smälte', 'Fråga om återkallad barnstol', 'Leksak med lösa smådelar'],
  'services.complaint': ['Missnöjd med frisörbehandling', 'Kemtvätt förstörde kavaj', 'Fotograf levererade inte bilderna'],
  'services.repair': ['Reparation av diskmaskin blev dyrare än offert', 'Cykelverkstad har haft cykeln i två månader', 'Telefonreparation – felet kvarstår'],
  'services.household': ['Flyttfirma skadade byrå', 'Städfirma uteblev', 'Rutavdrag nekat för trädgårdsarbete'],
  'services.memberships': ['Kan inte säga upp gymkort', 'Medlemskap förlängdes automatiskt', 'Frysning av gymkort vid sjukdom'],
  'services.events': ['Konsert inställd – ingen återbetalning', 'Festival flyttad till nytt datum', 'Köpt falsk biljett via sociala medier'],
  'craftsmen.contract': ['Hantverkare vill ha förskott', 'Offert utan pris för tilläggsarbeten', 'Vill avbeställa köksrenovering'],
  'craftsmen.defects': ['Läckage efter badrumsrenovering', 'Sprickor i nylagt kakel', 'Takläggare lämnade arbetet ofärdigt'],
  'craftsmen.price': ['Faktura 40 % över offerten', 'Löpande räkning utan takpris', 'Hantverkare kräver betalning för resor'],
  'craftsmen.rot': ['Skatteverket nekade ROT-avdrag', 'Hantverkaren fakturerar ROT-delen', 'Fråga om ROT för fritidshus'],
  'craftsmen.newbuild': ['Brister vid slutbesiktning av nytt hus', 'Byggföretaget har gått i konkurs', 'Fråga om färdigställandeskydd'],
  'travel.flight': ['Flyg försenat fem timmar', 'Inställt flyg – bolaget erbjuder bara värdecheck', 'Missad anslutning i Frankfurt'],
  'travel.package': ['Hotellet på charterresan motsvarade inte beskrivningen', 'Vill avboka paketresa vid sjukdom', 'Prishöjning på bokad resa'],
  'travel.train': ['Tåget försenat två timmar', 'Förseningsersättning nekad', 'Taxikostnad vid inställd pendel'],
  'travel.accommodation': ['Hotellet dubbelbokat vid ankomst', 'Bokningssajt debiterade två gånger', 'Stuga i sämre skick än annonserat'],
  'travel.rentalcar': ['Hyrbilsföretag drog skadekostnad från kortet', 'Extra avgift för tankning', 'Tvist om repa på hyrbil'],
  'travel.baggage': ['Väskan försvunnen sedan en vecka', 'Resväska trasig vid ankomst', 'Ersättning för nödvändiga inköp'],
  'housing.rental': ['Hyresvärden åtgärdar inte fuktskada', 'Andrahandshyra verkar för hög', 'Deposition återbetalas inte'],
  'housing.condo': ['Föreningen höjer avgiften kraftigt', 'Vem ansvarar för stambytet?', 'Fråga inför köp av bostadsrätt'],
  'housing.broker': ['Mäklaren lämnar inte ut budlistan', 'Dolt fel efter husköp', 'Lockpris i annons'],
  'housing.environment': ['Mögel i badrummet i hyreslägenheten', 'Radonmätning visar höga värden', 'Dålig ventilation i nyproduktion'],
  'finance.loans': ['Fråga om förtida lösen av bolån', 'Jämföra privatlån', 'Banken nekar lån – varför?'],
  'finance.credit': ['Snabblån med mycket hög ränta', 'Delbetalning aktiverades i kassan', 'Fråga om kreditgivarens medansvar'],
  'finance.savings': ['Höga avgifter i fondsparande', 'Fråga om insättningsgaranti', 'Rådgivare sålde olämplig produkt'],
  'finance.pension': ['Flytt av tjänstepension', 'Pensionsrådgivare vill ha provision', 'Fråga om premiepensionen'],
  'finance.accounts': ['Okända kortköp på kontot', 'Banken nekar återbetalning efter bedrägeri', 'Nekad att öppna bankkonto'],
  'insurance.home': ['Hemförsäkringen täcker inte stöld ur bil', 'Vattenskada – försäkringen nekar', 'Fråga om allrisktillägg'],
  'insurance.vehicle': ['Tvist om vagnskada', 'Trafikförsäkringsavgift för avställd bil', 'Försäkringsbolaget bedömer bilen som totalskadad'],
  'insurance.travel': ['Reseförsäkring nekar sjukvårdskostnad', 'Avbeställningsskydd – krävs läkarintyg?', 'Försenat bagage och reseförsäkring'],
  'insurance.personal': ['Olycksfallsförsäkring – invaliditetsgrad', 'Barnförsäkring nekar ersättning', 'Hälsodeklaration ifrågasatt'],
  'insurance.claims': ['Missnöjd med skadereglering', 'Åldersavdrag på mobil', 'Försäkringsbolaget svarar inte'],
  'energy.contracts': ['Elavtal tecknat via telefon utan samtycke', 'Anvisat avtal efter flytt', 'Uppsägningsavgift för fastprisavtal'],
  'energy.bills': ['Orimligt hög elräkning', 'Fel mätarställning på fakturan', 'Hot om avstängning av el'],
  'energy.solar': ['Solceller producerar mindre än utlovat', 'Hemförsäljare av solceller', 'Nätbolaget har inte bytt mätare'],
  'energy.heating': ['Värmepump fungerar dåligt', 'Frågor inför bergvärme', 'Fjärrvärmepriset höjt'],
  'energy.saving': ['Tips för att sänka elförbrukningen', 'Fråga om energideklaration', 'Vill ha råd om tilläggsisolering'],
  'telecom.mobile': ['Kan inte säga upp mobilabonnemang', 'Höga roamingkostnader', 'Abonnemang tecknat per telefon'],
  'telecom.broadband': ['Bredbandet levererar halva hastigheten', 'Återkommande avbrott i fibern', 'Bredband via gruppavtal'],
  'telecom.tv': ['Provperiod blev betalt abonnemang', 'Prishöjning på TV-paket', 'Streamingtjänst drar pengar efter uppsägning'],
  'telecom.billing': ['Okända betalsms på räkningen', 'Faktura efter uppsägning', 'Överdebitering för surf'],
  'vehicles.purchase': ['Begagnad bil med motorfel efter köp', 'Mätarställningen verkar manipulerad', 'Bilhandlare nekar reklamation'],
  'vehicles.repair': ['Verkstaden gjorde arbete utan godkännande', 'Felet kvarstår efter reparation', 'Verkstaden håller kvar bilen'],
  'vehicles.leasing': ['Stort krav vid återlämning av leasingbil', 'Vill bryta privatleasingavtal', 'Övermilskostnad'],
  'vehicles.ev': ['Laddbox installerad felaktigt', 'Batterikapacitet på begagnad elbil', 'Laddoperatör debiterar för mycket'],
  'debt.collection': ['Inkassokrav för faktura jag inte känner igen', 'Hur bestrider jag ett inkassokrav?', 'Påminnelseavgifter på påminnelseavgifter'],
  'debt.enforcement': ['Betalningsföreläggande från Kronofogden', 'Fråga om betalningsanmärkning', 'Löneutmätning – hur mycket får jag behålla?'],
  'debt.budget': ['Pengarna räcker inte till månadens slut', 'Vill ha hjälp med budget', 'Många små krediter'],
  'debt.restructuring': ['Fråga om skuldsanering', 'Hur ansöker jag om skuldsanering?', 'Skulder efter separation'],
  'crossborder.eu': ['Tysk webbutik svarar inte på reklamation', 'Ångerrätt vid köp från Spanien', 'Vara från Nederländerna levererades aldrig'],
  'crossborder.outside-eu': ['Oväntad tull och moms på paket', 'Webbutik i Kina skickade fel vara', 'Paket stoppat av Tullverket'],
  'crossborder.marketplaces': ['Säljare på marknadsplats försvunnen', 'Falska recensioner på plattform', 'Vem ansvarar – plattformen eller säljaren?'],
  'crossborder.chargeback': ['Hur gör jag chargeback?', 'Kortutgivaren nekar återbetalning', 'Betalat med kort, varan kom aldrig'],
  'fraud.webshops': ['Betalat till bluffbutik', 'Misstänkt falsk webbutik', 'Fått kopia i stället för märkesvara'],
  'fraud.phishing': ['Lurad att signera med BankID', 'Sms om paket med betallänk', 'Samtal från "banken" om spärrat konto'],
  'fraud.investment': ['Förlorat pengar på kryptoplattform', 'Erbjudande om att återfå förlorade pengar', 'Investering via nätbekantskap'],
  'fraud.subscription-traps': ['Gratis provpaket blev prenumeration', 'Fakturor för tidning jag inte beställt', 'Kan inte avsluta prenumeration'],
  'fraud.identity': ['Fakturor för köp jag inte gjort', 'Någon har tagit lån i mitt namn', 'Adressändring utan mitt medgivande'],
  'sustainable.textiles': ['Var lämnar jag trasiga kläder?', 'Fråga om miljömärkta kläder', 'Klädplagg höll bara några tvättar'],
  'sustainable.chemicals': ['Stark kemisk lukt från ny matta', 'Fråga om PFAS i stekpanna', 'Rätt att fråga om farliga ämnen'],
  'sustainable.repair': ['Var kan jag laga min dammsugare?', 'Reservdelar finns inte längre', 'Köpt begagnat i butik – trasig'],
  'sustainable.green-claims': ['Klimatneutral flygresa – stämmer det?', 'Vilseledande miljöpåstående i reklam', 'Fråga om miljömärkning'],
  'sustainable.food': ['Mat passerat bäst före-datum', 'Felaktig allergenmärkning', 'Dålig kyckling från butik'],
  'gambling.licensed': ['Spelbolag betalar inte ut vinst', 'Har spelbolaget svensk licens?', 'Konto stängt utan förklaring'],
  'gambling.problems': ['Anhörig med spelproblem', 'Hur fungerar Spelpaus?', 'Spelskulder'],
  'gambling.marketing': ['Spelreklam trots Spelpaus', 'Bonusvillkor omöjliga att uppfylla', 'Sms-reklam från spelbolag'],
  'other.general': ['Allmän fråga om konsumenträtt', 'Vart ska jag vända mig?', 'Fråga om vad vägledningen kan hjälpa till med'],
  'other.outside-remit': ['Tvist mellan två företag', 'Fråga om arbetsrätt', 'Fråga om bygglov'],
  'other.feedback': ['Synpunkter på väntetiden', 'Beröm till vägledare', 'Förslag om artikel på webben'],
};

/** Second sentence of a case's first note, after the subject: fits any topic. */
export const CONTEXT_NOTES: readonly string[] = [
  'Konsumenten har redan kontaktat företaget men inte fått något svar.',
  'Konsumenten vill veta vad som gäller innan hen kontaktar företaget.',
  'Konsumenten har fått nej av företaget och undrar hur hen kan gå vidare.',
  'Konsumenten har kvitto och skriftlig korrespondens med företaget.',
  'Konsumenten har inga skriftliga underlag, allt har skett muntligen.',
  'Konsumenten är osäker på vilka regler som gäller.',
  'Konsumenten ringer för en äldre anhörigs räkning.',
  'Konsumenten har läst på webben men vill ha det bekräftat.',
  'Ärendet har pågått i flera månader enligt konsumenten.',
];

export const FOLLOW_UP_NOTES: readonly string[] = [
  'Gått igenom vilka underlag konsumenten bör spara: kvitto, avtal och korrespondens.',
  'Konsumenten har skickat in kompletterande uppgifter.',
  'Konsumenten återkommer efter att ha kontaktat företaget skriftligt.',
  'Skickat länk till relevant artikel i kunskapsbanken.',
  'Förklarat vad vi kan och inte kan hjälpa till med.',
  'Konsumenten ringde igen med en följdfråga.',
  'Informerat om att vi inte kan kontakta företaget för konsumentens räkning.',
];

export const OUTCOME_NOTES = {
  answered: [
    'Informerat om vilka regler som gäller. Konsumenten tar själv kontakt med företaget.',
    'Frågan besvarad. Konsumenten nöjd med informationen.',
    'Gått igenom reglerna och nästa steg. Ärendet avslutat.',
    'Skickat länk till artikel i kunskapsbanken. Konsumenten går vidare på egen hand.',
  ],
  referred: [
    'Hänvisat till {partner}. Informerat om kontaktuppgifter och telefontider.',
    'Konsumenten behöver personlig vägledning: hänvisad till {partner}.',
    'Ärendet ligger hos {partner}. Konsumenten informerad om vad som behövs inför kontakten.',
  ],
  outside_remit: [
    'Frågan ligger utanför uppdraget. Konsumenten informerad om vart hen kan vända sig.',
    'Tvist mellan näringsidkare – utanför vårt område. Avslutat.',
    'Frågan gäller ett myndighetsbeslut. Hänvisat till myndigheten i fråga.',
  ],
  waiting: [
    'Inväntar underlag från konsumenten (kvitto och orderbekräftelse).',
    'Konsumenten ska höra av sig när företaget svarat.',
    'Väntar på återkoppling från konsumenten.',
  ],
  open: [
    'Ärendet påbörjat. Återkommer till konsumenten.',
    'Behöver stämma av frågan med kollega innan svar.',
  ],
} as const;

/** Where a referred case of an area is sent: a local office kind or a national partner key. */
export type ReferralTarget =
  | { local: 'municipal_guidance' | 'debt_counselling' | 'energy_advice'; weight: number }
  | { national: string; weight: number };

export const REFERRALS_BY_AREA: Readonly<Record<string, readonly ReferralTarget[]>> = {
  goods: [{ local: 'municipal_guidance', weight: 7 }, { national: 'arn', weight: 3 }],
  services: [{ local: 'municipal_guidance', weight: 7 }, { national: 'arn', weight: 3 }],
  craftsmen: [{ local: 'municipal_guidance', weight: 7 }, { national: 'arn', weight: 3 }],
  travel: [{ national: 'arn', weight: 4 }, { national: 'ecc', weight: 3 }, { local: 'municipal_guidance', weight: 2 }, { national: 'transport-agency', weight: 1 }],
  housing: [{ local: 'municipal_guidance', weight: 3 }, { national: 'housing-board', weight: 2 }, { national: 'arn', weight: 1 }],
  finance: [{ national: 'bank-finance-bureau', weight: 6 }, { national: 'arn', weight: 2 }, { national: 'fi', weight: 1 }],
  insurance: [{ national: 'insurance-bureau', weight: 7 }, { national: 'arn', weight: 3 }],
  energy: [{ national: 'energy-bureau', weight: 4 }, { local: 'energy_advice', weight: 4 }, { national: 'energy-inspectorate', weight: 1 }],
  telecom: [{ national: 'telecom-bureau', weight: 6 }, { national: 'arn', weight: 2 }, { national: 'pts', weight: 1 }],
  vehicles: [{ local: 'municipal_guidance', weight: 6 }, { national: 'arn', weight: 3 }, { national: 'transport-agency', weight: 1 }],
  debt: [{ local: 'debt_counselling', weight: 7 }, { national: 'enforcement-authority', weight: 3 }],
  crossborder: [{ national: 'ecc', weight: 7 }, { national: 'bank-finance-bureau', weight: 2 }, { local: 'municipal_guidance', weight: 1 }],
  fraud: [{ national: 'police', weight: 6 }, { national: 'bank-finance-bureau', weight: 2 }, { national: 'fi', weight: 1 }],
  sustainable: [{ national: 'chemicals-agency', weight: 3 }, { national: 'environment-agency', weight: 3 }, { national: 'food-agency', weight: 2 }],
  gambling: [{ national: 'gambling-authority', weight: 5 }, { local: 'debt_counselling', weight: 3 }],
  other: [{ local: 'municipal_guidance', weight: 1 }],
};

/** Subtopics whose referrals differ from their area's. */
export const REFERRALS_BY_SUBTOPIC: Readonly<Record<string, readonly ReferralTarget[]>> = {
  'finance.pension': [{ national: 'pension-agency', weight: 6 }, { national: 'bank-finance-bureau', weight: 4 }],
  'finance.credit': [{ local: 'debt_counselling', weight: 5 }, { national: 'bank-finance-bureau', weight: 5 }],
  'energy.heating': [{ local: 'energy_advice', weight: 1 }],
  'energy.saving': [{ local: 'energy_advice', weight: 1 }],
  'energy.solar': [{ local: 'energy_advice', weight: 3 }, { national: 'energy-bureau', weight: 1 }],
  'vehicles.ev': [{ local: 'energy_advice', weight: 2 }, { local: 'municipal_guidance', weight: 2 }],
  'goods.safety': [{ national: 'electrical-safety', weight: 2 }, { national: 'chemicals-agency', weight: 2 }, { local: 'municipal_guidance', weight: 1 }],
  'goods.private': [{ local: 'municipal_guidance', weight: 1 }],
  'fraud.identity': [{ national: 'police', weight: 5 }, { national: 'enforcement-authority', weight: 3 }],
  'fraud.investment': [{ national: 'police', weight: 4 }, { national: 'fi', weight: 4 }],
  'housing.environment': [{ national: 'housing-board', weight: 1 }],
  'sustainable.food': [{ national: 'food-agency', weight: 1 }],
  'sustainable.chemicals': [{ national: 'chemicals-agency', weight: 1 }],
  'debt.enforcement': [{ national: 'enforcement-authority', weight: 5 }, { local: 'debt_counselling', weight: 5 }],
  'debt.restructuring': [{ local: 'debt_counselling', weight: 7 }, { national: 'enforcement-authority', weight: 3 }],
};

export const REFERRAL_REASONS: Readonly<Record<string, readonly string[]>> = {
  municipal_guidance: [
    'Behöver personlig vägledning i tvist med säljaren.',
    'Konsumenten vill ha hjälp att gå vidare efter nekad reklamation.',
    'Lokal vägledning kan kontakta företaget, vilket vi inte kan.',
  ],
  debt_counselling: [
    'Flera skulder och behov av budgetstöd.',
    'Vill ha hjälp att ansöka om skuldsanering.',
    'Behöver överblick över skulder och kontakter med fordringsägare.',
  ],
  energy_advice: [
    'Vill ha opartiska råd om uppvärmning.',
    'Frågor om solceller och lönsamhet.',
    'Råd om att minska energianvändningen.',
  ],
  consumer_bureau: [
    'Frågan kräver fördjupad vägledning inom byråns område.',
    'Konsumenten vill ha stöd inför omprövning hos företaget.',
  ],
  ecc: ['Säljaren finns i annat EU-land och svarar inte.', 'Gränsöverskridande tvist om leverans.'],
  disputes_board: ['Företaget har nekat reklamationen; konsumenten vill pröva tvisten.', 'Informerat om hur anmälan görs.'],
  authority: ['Ärendet gäller myndighetens ansvarsområde.', 'Konsumenten vill göra en anmälan eller ett tips.'],
};

/** Tags that fit any case of the area (the subject says what the product was). */
export const CASE_TAGS: Readonly<Record<string, readonly string[]>> = {
  goods: ['företaget-svarar-inte', 'kvitto-saknas', 'skriftlig-reklamation', 'black-friday'],
  services: ['företaget-svarar-inte', 'muntligt-avtal', 'skriftlig-reklamation'],
  craftsmen: ['muntligt-avtal', 'företaget-svarar-inte', 'besiktning'],
  travel: ['utomlands', 'företaget-svarar-inte', 'semester'],
  housing: ['underlag-saknas', 'skriftlig-kontakt'],
  finance: ['omprövning', 'underlag-saknas'],
  insurance: ['omprövning', 'underlag-saknas'],
  energy: ['faktura', 'avtalsvillkor'],
  telecom: ['faktura', 'avtalsvillkor'],
  vehicles: ['företaget-svarar-inte', 'underlag-saknas'],
  debt: ['betalningssvårigheter', 'flera-fordringsägare'],
  crossborder: ['utländskt-företag', 'e-handel'],
  fraud: ['polisanmälan', 'äldre-konsument'],
  sustainable: ['hållbarhet'],
  gambling: ['anhörig-kontakt'],
  other: ['hänvisning'],
};
