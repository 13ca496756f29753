// Further Swedish articles that reuse an existing subtopic's building blocks
// but answer a narrower question, keyed by subtopic id.
import type { ArticleSpec } from './knowledge-types.js';

export const EXTRA_SV: Readonly<Record<string, readonly ArticleSpec[]>> = {
  'goods.complaint': [
    {
      kind: 'article',
      title: 'Reklamera en mobiltelefon',
      summary: 'Vad som gäller när mobilen slutar fungera, får batteriproblem eller spricker.',
      lead: 'Mobiltelefoner är en av de vanligaste varorna som reklameras. Här är vad du kan kräva när telefonen inte håller.',
      tags: ['mobiltelefon', 'reklamation', 'batteri'],
      points: [
        'Ett batteri som tappar kapacitet onormalt snabbt kan vara ett fel.',
        'Sprickor i skärmen är sällan ett fel, om du inte kan visa att de inte beror på yttre påverkan.',
        'Säkerhetskopiera innan du lämnar in telefonen; säljaren ansvarar inte alltid för data.',
      ],
    },
  ],
  'goods.delivery': [
    {
      kind: 'article',
      title: 'Leverans av möbler och vitvaror',
      summary: 'Vad du ska tänka på när stora varor levereras hem.',
      lead: 'Soffan kom en månad för sent och kylskåpet hade en buckla. Vid leverans av stora varor finns några saker att särskilt hålla koll på.',
      tags: ['möbler', 'vitvaror', 'leverans'],
      points: [
        'Kontrollera varan innan chauffören åker och anteckna synliga skador på fraktsedeln.',
        'Kom överens om vad som ingår: bärning, installation och bortforsling av emballage.',
        'Dolda transportskador kan reklameras i efterhand; gör det så snart som möjligt.',
      ],
    },
  ],
  'travel.flight': [
    {
      kind: 'article',
      title: 'Missad anslutning på grund av försening',
      summary: 'Dina rättigheter när ett försenat flyg gör att du missar nästa flyg.',
      lead: 'Det första flyget var bara en timme sent, men du missade anslutningen och kom fram sju timmar senare. Vad gäller då?',
      tags: ['flyg', 'anslutning', 'försening'],
      points: [
        'Är flygen bokade på samma bokning räknas förseningen vid slutdestinationen.',
        'Har du bokat flygen separat ansvarar det första bolaget normalt inte för den missade anslutningen.',
        'Du har rätt till assistans medan du väntar på ombokning.',
      ],
    },
  ],
  'energy.contracts': [
    {
      kind: 'article',
      title: 'Anvisat elavtal – därför blir det dyrt',
      summary: 'Vad ett anvisat avtal är och hur du kommer ur det.',
      lead: 'Har du flyttat utan att teckna elavtal? Då har du troligen fått ett anvisat avtal, som ofta är en av de dyraste avtalsformerna.',
      tags: ['anvisat avtal', 'elavtal', 'flytt'],
      points: [
        'Nätföretaget anvisar en elhandlare när du inte valt någon själv.',
        'Du kan lämna ett anvisat avtal med kort uppsägningstid.',
        'Jämför avtal och teckna ett eget så snart du flyttat in.',
      ],
    },
  ],
  'telecom.mobile': [
    {
      kind: 'article',
      title: 'Mobilabonnemang sålt per telefon',
      summary: 'När ett avtal från telefonförsäljning blir bindande.',
      lead: 'En säljare ringde och erbjöd ett billigare abonnemang. Nu har du fått en bekräftelse på ett avtal du inte är säker på att du ville ha.',
      tags: ['telefonförsäljning', 'mobilabonnemang', 'ångerrätt'],
      topics: ['fraud.subscription-traps'],
      points: [
        'Ett avtal som ingåtts vid telefonförsäljning gäller först när du skriftligen accepterat det.',
        'Har du accepterat har du ändå 14 dagars ångerrätt.',
        'Svara inte på en bekräftelse om du inte vill ha avtalet.',
      ],
    },
  ],
  'debt.collection': [
    {
      kind: 'article',
      title: 'Påminnelseavgift och dröjsmålsränta',
      summary: 'Vilka avgifter ett företag får ta ut när du betalar för sent.',
      lead: 'Fakturan blev några dagar försenad och nu har det tillkommit avgifter och ränta. Vad är tillåtet?',
      tags: ['påminnelseavgift', 'dröjsmålsränta', 'faktura'],
      points: [
        'Påminnelseavgift får bara tas ut om det avtalats när skulden uppstod.',
        'Avgiften får inte överstiga det belopp som anges i lag.',
        'Dröjsmålsränta får tas ut från förfallodagen.',
      ],
    },
  ],
  'housing.rental': [
    {
      kind: 'article',
      title: 'Deposition för hyresbostad',
      summary: 'När deposition får tas ut och hur du får tillbaka den.',
      lead: 'Hyresvärden vill ha tre månadshyror i deposition. Är det rimligt, och hur ser du till att få tillbaka pengarna?',
      tags: ['deposition', 'hyra', 'andrahand'],
      points: [
        'Deposition är tillåten men bör regleras skriftligt i hyresavtalet.',
        'Skriv ned hur och när depositionen ska betalas tillbaka.',
        'Dokumentera bostadens skick vid inflyttning och utflyttning.',
      ],
    },
  ],
  'insurance.home': [
    {
      kind: 'article',
      title: 'Vattenskada i hemmet',
      summary: 'Vad du gör när det läcker och vad hemförsäkringen täcker.',
      lead: 'Det droppar från taket eller diskmaskinen har läckt. Agera snabbt för att begränsa skadan.',
      tags: ['vattenskada', 'hemförsäkring', 'skadeanmälan'],
      topics: ['insurance.claims'],
      points: [
        'Stäng av vattnet och försök begränsa skadan.',
        'Kontakta hyresvärden eller föreningen om skadan berör fastigheten.',
        'Anmäl skadan till försäkringsbolaget och fotografera.',
      ],
    },
  ],
  'fraud.phishing': [
    {
      kind: 'article',
      title: 'Bedrägerier mot äldre',
      summary: 'Upplägg som ofta riktas mot äldre och hur anhöriga kan hjälpa till.',
      lead: 'Bedragare riktar sig ofta mot äldre, via telefon eller vid dörren. Med kunskap och några enkla rutiner minskar risken.',
      tags: ['äldre', 'bedrägeri', 'telefonbedrägeri'],
      points: [
        'Ingen seriös aktör kommer hem för att hämta kort eller koder.',
        'Kom överens inom familjen om att alltid ringa tillbaka på ett känt nummer.',
        'Sänk beloppsgränser för kort och internetbank.',
      ],
    },
  ],
  'services.household': [
    {
      kind: 'article',
      title: 'Anlita städfirma',
      summary: 'Så väljer du städfirma och vad som gäller om något skadas.',
      lead: 'En städfirma kan frigöra tid i vardagen. Här är vad du bör kontrollera innan du anlitar en.',
      tags: ['städning', 'rutavdrag', 'hushållsnära tjänster'],
      points: [
        'Kontrollera att företaget har F-skatt och ansvarsförsäkring.',
        'Kom överens om vad som ingår i städningen och hur avvikelser hanteras.',
        'Skador på dina saker ska anmälas till företaget direkt.',
      ],
    },
  ],
  'vehicles.repair': [
    {
      kind: 'article',
      title: 'Service under nybilsgarantin',
      summary: 'Du får välja verkstad för service utan att förlora garantin.',
      lead: 'Du behöver inte lämna bilen till märkesverkstaden för att behålla nybilsgarantin, så länge servicen görs enligt tillverkarens program.',
      tags: ['nybilsgaranti', 'service', 'verkstad'],
      points: [
        'Servicen ska följa tillverkarens serviceprogram och intervall.',
        'Spara kvitton och servicebok som visar vad som gjorts.',
        'Originaldelar eller delar av motsvarande kvalitet ska användas.',
      ],
    },
  ],
};
