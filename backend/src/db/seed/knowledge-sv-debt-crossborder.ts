// Knowledge-base building blocks (Swedish): payments and debt; e-commerce and cross-border purchases.
import type { AreaContent } from './knowledge-types.js';

export const DEBT_SV: AreaContent = {
  area: 'debt',
  help: 'Kommunens budget- och skuldrådgivning hjälper kostnadsfritt och under tystnadsplikt med budget, skulder och ansökan om skuldsanering. Kronofogden svarar på frågor om betalningsförelägganden, utmätning och skuldsanering.',
  subtopics: [
    {
      topic: 'debt.collection',
      intro: 'Om en faktura inte betalas kan företaget skicka en påminnelse och sedan ett inkassokrav. Inkassoföretagen måste följa god inkassosed och inkassolagen. Du har alltid rätt att bestrida ett krav du inte anser är riktigt.',
      facts: [
        'Ett inkassokrav ska ge dig minst åtta dagar att betala eller invända.',
        'Inkassoavgift och påminnelseavgift får bara tas ut med belopp som är reglerade i lag.',
        'Påminnelseavgift får bara tas ut om ni avtalat om det när skulden uppstod.',
        'Dröjsmålsränta får tas ut från förfallodagen, normalt referensräntan plus åtta procentenheter.',
        'Ett inkassokrav ger ingen betalningsanmärkning; det gör däremot ett utslag från Kronofogden.',
      ],
      steps: [
        'Läs kravet noga och kontrollera att skulden är din.',
        'Betala om kravet är riktigt, eller kontakta inkassoföretaget och be om en avbetalningsplan.',
        'Bestrid kravet skriftligt om du anser att det är fel och förklara varför.',
        'Spara kravet och din korrespondens.',
      ],
      tips: [
        'Ignorera aldrig ett inkassokrav, även om du anser att det är fel.',
        'Var uppmärksam på falska inkassokrav via sms och mejl; kontrollera avsändaren.',
        'En avbetalningsplan kan ofta ordnas om du hör av dig tidigt.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Fått ett inkassokrav – vad gör jag?',
          summary: 'Så hanterar du ett inkassokrav, oavsett om det är rätt eller fel.',
          lead: 'Ett inkassokrav i brevlådan kan kännas skrämmande. Här är vad det innebär och hur du ska agera.',
          tags: ['inkasso', 'betalningskrav', 'bestrida'],
        },
        {
          kind: 'article',
          title: 'Falska inkassokrav',
          summary: 'Så känner du igen ett bedrägligt inkassokrav.',
          lead: 'Bedragare skickar ibland krav som ser ut att komma från riktiga inkassoföretag. Kontrollera innan du betalar.',
          tags: ['inkasso', 'bedrägeri', 'sms'],
          topics: ['fraud.phishing'],
          points: [
            'Kontrollera att inkassoföretaget har tillstånd hos Integritetsskyddsmyndigheten.',
            'Leta upp företagets kontaktuppgifter själv, använd inte länken i meddelandet.',
            'Betala aldrig till ett konto du inte kan koppla till företaget.',
          ],
        },
        {
          kind: 'checklist',
          title: 'Checklista: när du inte kan betala en räkning',
          summary: 'Det här gör du om pengarna inte räcker till förfallodagen.',
          lead: 'Ju tidigare du agerar, desto fler möjligheter finns.',
          tags: ['obetald räkning', 'avbetalning', 'checklista'],
          topics: ['debt.budget'],
        },
      ],
    },
    {
      topic: 'debt.enforcement',
      intro: 'Om ett krav inte betalas kan borgenären ansöka om betalningsföreläggande hos Kronofogden. Du får då möjlighet att bestrida kravet. Om du inte gör det kan Kronofogden meddela utslag, vilket leder till en betalningsanmärkning.',
      facts: [
        'Du har normalt tio dagar på dig att bestrida ett betalningsföreläggande.',
        'Bestrider du kravet kan borgenären begära att målet lämnas över till tingsrätten.',
        'Ett utslag leder till betalningsanmärkning och kan leda till utmätning.',
        'Vid löneutmätning får du behålla ett förbehållsbelopp för dina levnadskostnader.',
      ],
      steps: [
        'Öppna och läs alla brev från Kronofogden direkt.',
        'Bestrid kravet inom tiden om du inte anser att du är skyldig att betala.',
        'Betala direkt till borgenären om kravet är riktigt, och meddela Kronofogden.',
        'Kontakta kommunens budget- och skuldrådgivning om du har flera skulder.',
      ],
      tips: [
        'Håll din adress uppdaterad så att du får alla brev.',
        'En betalningsanmärkning kan göra det svårt att hyra bostad eller få abonnemang.',
        'Du kan ansöka om skuldsanering om du inte kan betala dina skulder inom överskådlig tid.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Betalningsföreläggande från Kronofogden',
          summary: 'Vad ett betalningsföreläggande är och hur du svarar.',
          lead: 'Du har fått ett brev från Kronofogden om ett betalningsföreläggande. Det är viktigt att agera inom tidsfristen.',
          tags: ['Kronofogden', 'betalningsföreläggande', 'bestrida'],
        },
        {
          kind: 'article',
          title: 'Betalningsanmärkning – hur länge finns den kvar?',
          summary: 'Vad en betalningsanmärkning innebär och hur den påverkar dig.',
          lead: 'En betalningsanmärkning kan påverka din vardag under lång tid. Här är vad den innebär.',
          tags: ['betalningsanmärkning', 'kreditupplysning'],
          points: [
            'Anmärkningen finns kvar hos kreditupplysningsföretagen i tre år för privatpersoner.',
            'Den finns kvar även om du betalat skulden.',
            'Den kan göra det svårt att få lån, abonnemang eller hyra bostad.',
          ],
        },
        {
          kind: 'article',
          title: 'Löneutmätning och förbehållsbelopp',
          summary: 'Hur mycket av lönen Kronofogden kan ta och vad du får behålla.',
          lead: 'Vid löneutmätning tar Kronofogden en del av din lön för att betala skulder. Du får alltid behålla ett belopp för dina levnadskostnader.',
          tags: ['löneutmätning', 'förbehållsbelopp', 'Kronofogden'],
          topics: ['debt.budget'],
        },
      ],
    },
    {
      topic: 'debt.budget',
      intro: 'En hushållsbudget ger överblick över inkomster och utgifter. Den gör det lättare att spara, undvika skulder och upptäcka var pengarna tar vägen. Kommunens budget- och skuldrådgivning kan hjälpa dig att komma i gång.',
      facts: [
        'Fasta utgifter som boende, försäkringar och lån bör betalas först.',
        'En buffert på några månadslöner skyddar mot oväntade utgifter.',
        'Konsumentverket tar fram beräkningar över skäliga levnadskostnader som kan användas som jämförelse.',
        'Budget- och skuldrådgivningen är kostnadsfri och rådgivarna har tystnadsplikt.',
      ],
      steps: [
        'Skriv ned alla inkomster efter skatt.',
        'Lista fasta och rörliga utgifter under en månad.',
        'Jämför och se var du kan dra ned.',
        'Sätt upp ett månatligt sparande, även ett litet belopp.',
      ],
      tips: [
        'Automatisera sparandet på lönedagen.',
        'Gör en veckobudget för mat.',
        'Undvik att handla på kredit för vardagsutgifter.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Gör en hushållsbudget',
          summary: 'Steg för steg till en budget som fungerar i vardagen.',
          lead: 'Vet du vart pengarna tar vägen varje månad? En budget ger dig kontroll och gör det lättare att nå dina mål.',
          tags: ['budget', 'hushållsekonomi', 'sparande'],
        },
        {
          kind: 'tool',
          title: 'Budgetmall för hushållet',
          summary: 'En enkel mall för att räkna ihop inkomster och utgifter.',
          lead: 'Använd stegen som en mall för din egen budget. Det tar en halvtimme och ger överblick för lång tid.',
          tags: ['budgetmall', 'verktyg', 'kalkyl'],
          points: [
            'Inkomster: lön, bidrag och andra inkomster efter skatt.',
            'Boende: hyra eller avgift, ränta, el, hemförsäkring.',
            'Fasta kostnader: mobil, bredband, prenumerationer, transport.',
            'Rörliga kostnader: mat, kläder, hygien, nöjen.',
            'Skulder: lån, krediter och avbetalningar.',
            'Summera och räkna ut vad som blir kvar till sparande och buffert.',
          ],
        },
        {
          kind: 'checklist',
          title: 'Checklista: bli av med onödiga kostnader',
          summary: 'Punkter för att sänka hushållets fasta kostnader.',
          lead: 'Små förändringar kan ge tusentals kronor om året.',
          tags: ['spara pengar', 'checklista'],
        },
      ],
    },
    {
      topic: 'debt.restructuring',
      intro: 'Skuldsanering är en möjlighet för den som har så stora skulder att de inte kan betalas inom överskådlig tid. Ansökan görs hos Kronofogden, och kommunens budget- och skuldrådgivning kan hjälpa till med ansökan.',
      facts: [
        'Vid skuldsanering betalar du under en period det du har råd med utöver ett förbehållsbelopp.',
        'Betalningsplanen är normalt tre år, men kan vara längre i vissa fall.',
        'När planen fullföljts skrivs resterande skulder som omfattas av beslutet av.',
        'Vissa skulder, till exempel underhållsskulder, kan behandlas särskilt.',
      ],
      steps: [
        'Boka tid hos kommunens budget- och skuldrådgivning.',
        'Samla alla skulder, inkomster och utgifter.',
        'Ansök om skuldsanering hos Kronofogden.',
        'Följ betalningsplanen och meddela förändringar i din ekonomi.',
      ],
      tips: [
        'Ta inte nya krediter under tiden du ansöker eller har skuldsanering.',
        'Var försiktig med företag som tar betalt för att hjälpa dig med skuldsanering.',
        'Du kan få hjälp även om du inte vet hur stora dina skulder är.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Skuldsanering – en ny start',
          summary: 'Vad skuldsanering innebär och hur du ansöker.',
          lead: 'När skulderna har blivit för stora kan skuldsanering vara en väg ut. Här är hur det fungerar.',
          tags: ['skuldsanering', 'Kronofogden', 'skulder'],
        },
        {
          kind: 'article',
          title: 'Budget- och skuldrådgivning i din kommun',
          summary: 'Vad kommunens budget- och skuldrådgivare kan hjälpa dig med.',
          lead: 'Alla kommuner erbjuder budget- och skuldrådgivning. Det är kostnadsfritt och rådgivarna har tystnadsplikt.',
          tags: ['budget- och skuldrådgivning', 'kommun', 'skulder'],
          topics: ['debt.budget'],
          points: [
            'Få hjälp att göra en budget och skaffa överblick över skulderna.',
            'Få stöd i kontakter med fordringsägare.',
            'Få hjälp att ansöka om skuldsanering.',
          ],
        },
      ],
    },
  ],
};

export const CROSSBORDER_SV: AreaContent = {
  area: 'crossborder',
  help: 'Konsument Europa hjälper kostnadsfritt konsumenter som handlat av företag i andra EU-länder, Island, Norge och Storbritannien. Vid köp utanför EU kan du ofta få hjälp via kortutgivaren. Konsumentvägledningen i din kommun kan också ge råd.',
  subtopics: [
    {
      topic: 'crossborder.eu',
      intro: 'När du handlar från ett företag i ett annat EU-land har du i stort sett samma grundläggande rättigheter som i Sverige: ångerrätt vid distansköp, rätt att reklamera felaktiga varor och rätt till information. Vissa detaljer skiljer sig mellan länderna.',
      facts: [
        'Ångerrätten på 14 dagar gäller i hela EU vid distansköp.',
        'Reklamationsrätten är minst två år i hela EU; i Sverige är den tre år.',
        'Om företaget riktar sig till svenska konsumenter kan svensk lag ofta gälla.',
        'Konsument Europa kan kontakta företaget via sitt nätverk i andra länder.',
      ],
      steps: [
        'Kontakta företaget skriftligt och beskriv problemet.',
        'Sätt en tidsfrist för svar.',
        'Kontakta Konsument Europa om företaget inte svarar eller säger nej.',
        'Kontakta kortutgivaren om du betalat med kort och inte fått varan.',
      ],
      tips: [
        'Kontrollera att webbutiken har en fysisk adress och ett organisationsnummer.',
        'En svensk domän betyder inte att företaget finns i Sverige.',
        'Betala med kort för att kunna använda återbetalning via kortutgivaren.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Handla från andra EU-länder',
          summary: 'Dina rättigheter när du handlar från en webbutik i ett annat EU-land.',
          lead: 'Det är enkelt att handla från hela Europa. Här är vad som gäller för dina rättigheter och vart du vänder dig vid problem.',
          tags: ['EU', 'e-handel', 'Konsument Europa'],
        },
        {
          kind: 'article',
          title: 'Konsument Europa – så kan de hjälpa dig',
          summary: 'När du kan vända dig till Konsument Europa och vad de gör.',
          lead: 'Konsument Europa är Sveriges del av ett nätverk av konsumentcentrum i Europa. De kan hjälpa när du fått problem med ett företag i ett annat land.',
          tags: ['Konsument Europa', 'ECC', 'gränsöverskridande'],
          points: [
            'Företaget ska finnas i ett annat EU-land, Island, Norge eller Storbritannien.',
            'Du ska först ha försökt lösa problemet direkt med företaget.',
            'Hjälpen är kostnadsfri.',
          ],
        },
        {
          kind: 'checklist',
          title: 'Checklista: innan du handlar från utländsk webbutik',
          summary: 'Kontroller att göra innan du handlar från en webbutik i ett annat land.',
          lead: 'Några minuters kontroll kan spara dig mycket besvär.',
          tags: ['webbutik', 'utland', 'checklista'],
          topics: ['fraud.webshops'],
        },
      ],
    },
    {
      topic: 'crossborder.outside-eu',
      intro: 'När du handlar från ett land utanför EU kan tull, moms och avgifter tillkomma när varan kommer till Sverige. Din lagliga rätt att reklamera eller ångra köpet beror på vilket lands lag som gäller, och det kan vara svårt att få hjälp.',
      facts: [
        'Moms tas ut på alla varor som importeras från länder utanför EU, oavsett värde.',
        'Transportföretaget tar ofta ut en hanteringsavgift för att förtulla varan.',
        'Förfalskade varor kan beslagtas av Tullverket.',
        'Svensk lag kan gälla om företaget riktar sig till svenska konsumenter, men det kan vara svårt att få rätt i praktiken.',
      ],
      steps: [
        'Ta reda på var företaget finns innan du handlar.',
        'Räkna med moms, tull och hanteringsavgift i totalpriset.',
        'Spara beställning och betalningsbevis.',
        'Kontakta kortutgivaren om varan inte kommer eller är felaktig.',
      ],
      tips: [
        'Varor som är mycket billiga kan vara förfalskade eller farliga.',
        'Kontrollera om priset i kassan redan inkluderar moms.',
        'Om du vägrar ta emot en vara kan du ändå få betala returfrakt enligt villkoren.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Moms, tull och avgifter vid köp utanför EU',
          summary: 'Därför kan en billig vara från utlandet bli dyr när den kommer hem.',
          lead: 'Paketet från en sajt utanför EU kostar plötsligt mer än du räknat med. Det beror på moms, tull och avgifter.',
          tags: ['moms', 'tull', 'import'],
        },
        {
          kind: 'article',
          title: 'Förfalskade varor från nätet',
          summary: 'Risker med att köpa kopior och vad som händer om Tullverket stoppar dem.',
          lead: 'Märkeskläder till ett bråkdelspris kan vara förfalskningar. Det är inte bara olagligt att sälja dem – de kan också vara farliga.',
          tags: ['förfalskning', 'piratkopior', 'Tullverket'],
          topics: ['goods.safety'],
          points: [
            'Förfalskade varor kan innehålla farliga kemikalier eller ha brister i elsäkerheten.',
            'Tullverket kan stoppa och förstöra förfalskade varor.',
            'Du får sällan tillbaka pengarna när varan beslagtagits.',
          ],
        },
      ],
    },
    {
      topic: 'crossborder.marketplaces',
      intro: 'På digitala marknadsplatser säljer många olika företag och privatpersoner. Dina rättigheter beror på vem du köper av. Marknadsplatsen ska tydligt visa om säljaren är ett företag och var det finns.',
      facts: [
        'Marknadsplatsen ska informera om säljaren är näringsidkare eller privatperson.',
        'Vid köp från en näringsidkare gäller konsumentskyddet, men i det land där säljaren finns.',
        'Recensioner ska vara äkta; företaget ska informera om hur det kontrollerar dem.',
        'Marknadsplatser har skyldigheter att agera mot olagliga produkter när de får kännedom om dem.',
      ],
      steps: [
        'Läs vem säljaren är och var den finns.',
        'Kontakta säljaren via marknadsplatsens meddelandefunktion vid problem.',
        'Använd marknadsplatsens köparskydd eller tvistlösning.',
        'Kontakta kortutgivaren om du inte får hjälp.',
      ],
      tips: [
        'Gör alla betalningar inom marknadsplatsen, aldrig utanför.',
        'Spara skärmbilder av annonsen och meddelanden.',
        'Var försiktig med nya säljare utan omdömen.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Handla på digitala marknadsplatser',
          summary: 'Vad du ska tänka på när du handlar via stora plattformar.',
          lead: 'Marknadsplatser gör det enkelt att handla från hela världen. Men vem ansvarar när något går fel?',
          tags: ['marknadsplats', 'plattform', 'e-handel'],
        },
        {
          kind: 'article',
          title: 'Falska recensioner',
          summary: 'Hur du kan känna igen falska omdömen.',
          lead: 'Betyg och recensioner påverkar våra köp. Men alla omdömen är inte äkta.',
          tags: ['recensioner', 'omdömen', 'marknadsföring'],
          points: [
            'Många korta, likartade omdömen på kort tid är en varningssignal.',
            'Läs gärna de negativa omdömena; de säger ofta mest.',
            'Företaget ska informera om hur det säkerställer att recensioner kommer från riktiga köpare.',
          ],
        },
      ],
    },
    {
      topic: 'crossborder.chargeback',
      intro: 'Om du betalat med kort och inte fått varan, eller fått en vara som är felaktig, kan du begära återbetalning från kortutgivaren. Det kallas ofta chargeback. Reglerna kommer från kortnätverken och kortutgivarens villkor.',
      facts: [
        'Chargeback kan användas när varan inte levererats, är felaktig eller när du debiterats fel belopp.',
        'Du behöver oftast visa att du först försökt lösa problemet med säljaren.',
        'Det finns tidsfrister, ofta omkring 120 dagar, men villkoren varierar.',
        'Vid köp med kreditkort kan kreditgivaren dessutom ha medansvar enligt konsumentkreditlagen.',
      ],
      steps: [
        'Kontakta säljaren och begär rättelse eller återbetalning.',
        'Samla orderbekräftelse, korrespondens och kontoutdrag.',
        'Kontakta kortutgivaren och begär återbetalning.',
        'Följ upp om du inte fått besked inom den tid kortutgivaren angett.',
      ],
      tips: [
        'Agera snabbt; tidsfristerna är korta.',
        'Direktöverföringar och swish kan normalt inte återkrävas på samma sätt.',
        'Spara skärmbilder av webbutiken om den försvinner.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Pengarna tillbaka via kortutgivaren',
          summary: 'Så begär du återbetalning när du betalat med kort.',
          lead: 'Webbutiken svarar inte och varan kom aldrig. Om du betalat med kort kan du få tillbaka pengarna genom kortutgivaren.',
          tags: ['chargeback', 'kort', 'återbetalning'],
        },
        {
          kind: 'checklist',
          title: 'Checklista: begära chargeback',
          summary: 'Underlag och steg när du vill begära återbetalning från kortutgivaren.',
          lead: 'En komplett begäran ökar chansen att få pengarna tillbaka.',
          tags: ['chargeback', 'checklista'],
          points: [
            'Orderbekräftelse med datum och belopp.',
            'Korrespondens som visar att du kontaktat säljaren.',
            'Kontoutdrag med transaktionen markerad.',
            'Beskrivning av vad som gått fel och vad du begär.',
          ],
        },
      ],
    },
  ],
};
