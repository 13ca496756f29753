// Knowledge-base building blocks (Swedish): fraud, sustainable consumption, gambling, other.
import type { AreaContent } from './knowledge-types.js';

export const FRAUD_SV: AreaContent = {
  area: 'fraud',
  help: 'Gör alltid en polisanmälan vid bedrägeri, på polisen.se eller via 114 14. Kontakta din bank direkt om du lämnat ut kortuppgifter eller använt BankID på uppmaning av någon annan. Finansinspektionen varnar för företag som saknar tillstånd.',
  subtopics: [
    {
      topic: 'fraud.webshops',
      intro: 'Bedrägliga webbutiker lockar med låga priser på populära varor. Ofta kommer varan aldrig, eller så kommer en billig kopia. Butikerna försvinner snabbt och dyker upp igen under nya namn.',
      facts: [
        'Bluffbutiker har ofta nyregistrerade domännamn och saknar organisationsnummer och adress.',
        'Priserna är ofta mycket lägre än hos andra butiker.',
        'Betalning kan bara ske med direktöverföring, kryptovaluta eller presentkort.',
        'Kontaktuppgifterna består ofta bara av ett formulär eller en mejladress.',
      ],
      steps: [
        'Sök på butikens namn tillsammans med ord som "bluff" eller "omdöme".',
        'Kontrollera organisationsnummer och adress.',
        'Betala med kort eller tjänst med köparskydd.',
        'Har du redan betalat: kontakta banken och gör en polisanmälan.',
      ],
      tips: [
        'Om erbjudandet verkar för bra för att vara sant är det ofta det.',
        'Annonser i sociala medier kan leda till bluffbutiker som ser professionella ut.',
        'Spara skärmbilder av butiken och ordern.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Känn igen en bluffbutik',
          summary: 'Varningssignalerna som avslöjar en bedräglig webbutik.',
          lead: 'Bluffbutiker blir allt mer professionella. Här är tecknen som gör att du kan avslöja dem innan du betalar.',
          tags: ['bluffbutik', 'bedrägeri', 'e-handel'],
        },
        {
          kind: 'checklist',
          title: 'Checklista: är webbutiken seriös?',
          summary: 'Kontrollera detta innan du handlar i en okänd webbutik.',
          lead: 'Fem minuters kontroll kan rädda dig från att bli lurad.',
          tags: ['webbutik', 'seriös', 'checklista'],
          topics: ['crossborder.eu'],
          points: [
            'Finns organisationsnummer, adress och telefonnummer?',
            'Hur länge har domänen funnits?',
            'Vad säger andra kunder på oberoende sajter?',
            'Vilka betalsätt erbjuds? Bara direktöverföring är en varningssignal.',
            'Är priserna orimligt låga?',
          ],
        },
        {
          kind: 'article',
          title: 'Lurad av en webbutik – vad gör jag nu?',
          summary: 'Steg för steg när du har betalat till en bluffbutik.',
          lead: 'Du har betalat men varan kommer aldrig och butiken svarar inte. Agera snabbt för att öka chansen att få tillbaka pengarna.',
          tags: ['bedrägeri', 'återbetalning', 'polisanmälan'],
          topics: ['crossborder.chargeback'],
        },
      ],
    },
    {
      topic: 'fraud.phishing',
      intro: 'Vid nätfiske och telefonbedrägerier försöker bedragare få dig att lämna ut kortuppgifter, koder eller att logga in med BankID. De utger sig ofta för att vara banken, polisen, ett leveransföretag eller en myndighet.',
      facts: [
        'Banker och myndigheter ber aldrig dig att logga in eller signera med BankID när de ringer upp dig.',
        'Bedragare kan förfalska telefonnummer så att det ser ut som om banken ringer.',
        'Sms om paket som väntar på betalning av en liten avgift är ett vanligt bedrägeri.',
        'Har du lämnat ut uppgifter kan bedragarna tömma konton och ta lån i ditt namn.',
      ],
      steps: [
        'Avbryt samtalet om någon ber dig legitimera dig med BankID eller lämna koder.',
        'Ring banken på numret du själv letar upp, aldrig ett nummer från den som kontaktat dig.',
        'Spärra kort och BankID direkt om du lämnat ut uppgifter.',
        'Gör en polisanmälan och anmäl transaktionerna till banken.',
      ],
      tips: [
        'Läs alltid vad BankID-appen säger att du signerar.',
        'Prata med äldre släktingar om hur bedragarna arbetar.',
        'Klicka inte på länkar i oväntade sms och mejl.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Telefonbedrägerier – så arbetar bedragarna',
          summary: 'Vanliga upplägg och hur du skyddar dig.',
          lead: 'Telefonen ringer och någon säger sig vara från banken. Ditt konto är i fara och du måste agera nu. Det är så många bedrägerier börjar.',
          tags: ['telefonbedrägeri', 'BankID', 'nätfiske'],
          topics: ['finance.accounts'],
        },
        {
          kind: 'article',
          title: 'Falska sms och mejl',
          summary: 'Så känner du igen nätfiske via sms och mejl.',
          lead: 'Ett sms om att ditt paket väntar, eller ett mejl om att ditt konto spärrats. Nätfiske är vanligt och allt svårare att upptäcka.',
          tags: ['nätfiske', 'sms', 'mejl'],
          points: [
            'Avsändaren skapar stress: du måste agera inom kort tid.',
            'Länken går till en adress som bara liknar det riktiga företagets.',
            'Du ombeds ange kortuppgifter för en liten avgift.',
          ],
        },
        {
          kind: 'checklist',
          title: 'Checklista: jag har lämnat ut mina uppgifter',
          summary: 'Gör detta direkt om du lämnat ut kortuppgifter, koder eller signerat med BankID.',
          lead: 'Varje minut räknas. Följ listan i tur och ordning.',
          tags: ['spärra', 'BankID', 'checklista'],
          points: [
            'Ring bankens spärrtjänst och spärra kort och BankID.',
            'Byt lösenord till e-post och andra tjänster.',
            'Gör en polisanmälan.',
            'Kontakta ett kreditupplysningsföretag och be om en bedrägerispärr.',
            'Följ dina konton noga de närmaste veckorna.',
          ],
        },
      ],
    },
    {
      topic: 'fraud.investment',
      intro: 'Investeringsbedrägerier lockar med hög avkastning, ofta i kryptovalutor eller aktier. Kontakten kan börja med en annons med en känd person, ett samtal eller en ny bekantskap på nätet.',
      facts: [
        'Löften om hög avkastning utan risk är ett tydligt varningstecken.',
        'Bedragarna visar ofta falska vinster för att få dig att sätta in mer pengar.',
        'Finansinspektionen publicerar varningar om företag som saknar tillstånd.',
        'Erbjudanden om att hjälpa dig få tillbaka förlorade pengar mot en avgift är ofta nya bedrägerier.',
      ],
      steps: [
        'Kontrollera att företaget har tillstånd i Finansinspektionens företagsregister.',
        'Betala inte in mer pengar, oavsett vad du lovas.',
        'Installera inte program för fjärråtkomst på uppmaning av någon.',
        'Gör en polisanmälan och kontakta din bank.',
      ],
      tips: [
        'Kända personer i annonser om investeringar är nästan alltid falska.',
        'Prata med någon du litar på innan du investerar.',
        'Var misstänksam mot nya bekantskaper som börjar prata om investeringar.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Investeringsbedrägerier och kryptobluff',
          summary: 'Hur bedragarna arbetar och hur du undviker att bli lurad.',
          lead: 'Annonsen visar en känd person som blivit rik på kryptovaluta. Bakom ligger ofta ett välorganiserat bedrägeri.',
          tags: ['investeringsbedrägeri', 'krypto', 'Finansinspektionen'],
          topics: ['finance.savings'],
        },
        {
          kind: 'article',
          title: 'Romansbedrägerier',
          summary: 'När en nätkärlek börjar be om pengar.',
          lead: 'Du har lärt känna någon på nätet och kontakten känns äkta. Men plötsligt behövs pengar för en resa, en skuld eller en investering.',
          tags: ['romansbedrägeri', 'nätdejting', 'bedrägeri'],
          points: [
            'Personen vill snabbt flytta kontakten från dejtingsajten till en annan app.',
            'Hen kan aldrig träffas eller ha videosamtal.',
            'Det uppstår alltid en akut situation där pengar behövs.',
          ],
        },
        {
          kind: 'checklist',
          title: 'Checklista: innan du investerar via nätet',
          summary: 'Kontrollera detta innan du sätter in pengar hos ett investeringsföretag.',
          lead: 'En kontroll tar några minuter och kan skydda dina besparingar.',
          tags: ['investering', 'tillstånd', 'checklista'],
        },
      ],
    },
    {
      topic: 'fraud.subscription-traps',
      intro: 'Prenumerationsfällor ser ut som erbjudanden om gratis prov eller lågt pris men leder till en löpande prenumeration. Villkoren är ofta gömda och det kan vara svårt att säga upp.',
      facts: [
        'Företaget måste tydligt informera om att du ingår en prenumeration och vad den kostar.',
        'Du ska uttryckligen bekräfta att du förstår att beställningen innebär en betalningsskyldighet.',
        'Om informationen saknats är du inte bunden av avtalet.',
        'Du har 14 dagars ångerrätt från att du fått den första leveransen.',
      ],
      steps: [
        'Säg upp prenumerationen skriftligt och spara kopian.',
        'Kontakta företaget och bestrid kommande betalningar.',
        'Kontakta kortutgivaren för att stoppa dragningar.',
        'Anmäl företaget till Konsumentverket.',
      ],
      tips: [
        'Läs villkoren innan du beställer något som "bara kostar frakten".',
        'Var försiktig med erbjudanden i sociala medier och efter tävlingar.',
        'Ta skärmbilder av erbjudandet innan du beställer.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Gratis prov som blev prenumeration',
          summary: 'Så gör du om ett gratis erbjudande blev en dyr prenumeration.',
          lead: 'Du beställde ett gratis provpaket och betalade bara frakten. Nu kommer fakturor varje månad.',
          tags: ['prenumerationsfälla', 'gratis prov', 'ångerrätt'],
        },
        {
          kind: 'checklist',
          title: 'Checklista: undvik prenumerationsfällor',
          summary: 'Tecken på att ett erbjudande kan vara en fälla.',
          lead: 'Många prenumerationsfällor avslöjas av samma tecken.',
          tags: ['prenumeration', 'checklista'],
        },
      ],
    },
    {
      topic: 'fraud.identity',
      intro: 'Id-kapning innebär att någon använder dina personuppgifter för att till exempel handla, ta lån eller teckna abonnemang. Det kan leda till krav, skulder och betalningsanmärkningar för sådant du inte gjort.',
      facts: [
        'Du är inte betalningsskyldig för köp eller lån som någon annan gjort i ditt namn.',
        'Du kan begära en bedrägerispärr hos kreditupplysningsföretagen.',
        'Krav som uppstått genom bedrägeri ska bestridas skriftligt.',
        'Kronofogden kan hjälpa dig att bestrida betalningsförelägganden som beror på id-kapning.',
      ],
      steps: [
        'Gör en polisanmälan och spara diarienumret.',
        'Bestrid alla krav skriftligt och bifoga polisanmälan.',
        'Begär bedrägerispärr hos kreditupplysningsföretagen.',
        'Kontrollera om adressen ändrats hos Skatteverket och spärra eftersändning.',
      ],
      tips: [
        'Beställ en kreditupplysning på dig själv för att se om någon tagit krediter.',
        'Var försiktig med att lägga ut personnummer och bilder på legitimation.',
        'Riv eller strimla brev med personuppgifter.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Id-kapad – vad gör jag?',
          summary: 'Steg för steg när någon använt dina personuppgifter.',
          lead: 'Fakturor för saker du inte beställt börjar komma. Någon har använt din identitet. Så här agerar du.',
          tags: ['id-kapning', 'bedrägerispärr', 'polisanmälan'],
          topics: ['debt.enforcement'],
        },
        {
          kind: 'article',
          title: 'Skydda dig mot id-kapning',
          summary: 'Förebyggande åtgärder som minskar risken.',
          lead: 'Det är svårt att helt skydda sig, men några enkla åtgärder gör det mycket svårare för bedragarna.',
          tags: ['id-kapning', 'personuppgifter', 'förebygga'],
          points: [
            'Använd unika lösenord och tvåstegsverifiering.',
            'Aktivera bevakning av din kreditupplysning.',
            'Lämna inte ut personnummer i onödan.',
          ],
        },
      ],
    },
  ],
};

export const SUSTAINABLE_SV: AreaContent = {
  area: 'sustainable',
  help: 'Naturvårdsverket informerar om hållbar konsumtion och avfall, Kemikalieinspektionen om kemikalier i varor och Livsmedelsverket om mat och märkning. Klagomål på en butik eller restaurang hanteras av kommunens miljö- och hälsoskyddsförvaltning.',
  subtopics: [
    {
      topic: 'sustainable.textiles',
      intro: 'Textilproduktion har stor påverkan på miljön. Det mest hållbara är att använda kläder länge, köpa begagnat och lämna textil vidare. Sedan 2025 ska textilavfall sorteras separat och kommunerna ansvarar för insamlingen.',
      facts: [
        'Kläder som inte kan användas längre ska lämnas till kommunens insamling av textilavfall.',
        'Hela kläder kan lämnas till second hand och välgörenhetsorganisationer.',
        'Miljömärkningar ställer krav på kemikalier och produktion, men de skiljer sig åt.',
        'Att använda ett plagg dubbelt så länge minskar dess klimatpåverkan kraftigt.',
      ],
      steps: [
        'Inventera garderoben innan du handlar.',
        'Välj kvalitet och plagg du kommer att använda länge.',
        'Laga och vårda kläderna enligt skötselråden.',
        'Lämna vidare det du inte använder.',
      ],
      tips: [
        'Tvätta mer sällan och på lägre temperatur.',
        'Hyr festkläder i stället för att köpa.',
        'Kontrollera kommunens information om var textil lämnas.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Hållbara kläder – så gör du',
          summary: 'Råd för att minska klimatpåverkan från dina kläder.',
          lead: 'Kläder är en av de konsumtionsområden som påverkar miljön mest. Här är vad du kan göra.',
          tags: ['kläder', 'textil', 'hållbarhet'],
        },
        {
          kind: 'article',
          title: 'Sortera textilavfall',
          summary: 'Var du lämnar trasiga kläder och textilier.',
          lead: 'Sedan 2025 får textil inte slängas i restavfallet. Här är vad som gäller.',
          tags: ['textilavfall', 'sortering', 'återvinning'],
          points: [
            'Hela och rena plagg lämnas till second hand.',
            'Trasiga textilier lämnas till kommunens insamling.',
            'Skor, väskor och accessoarer kan ha egna regler; fråga din kommun.',
          ],
        },
        {
          kind: 'checklist',
          title: 'Checklista: innan du köper nya kläder',
          summary: 'Frågor att ställa dig innan du köper ett nytt plagg.',
          lead: 'Att tänka efter före är det mest hållbara klädvalet.',
          tags: ['kläder', 'konsumtion', 'checklista'],
        },
      ],
    },
    {
      topic: 'sustainable.chemicals',
      intro: 'Många varor innehåller kemikalier, och vissa kan vara skadliga för hälsa och miljö. Enligt EU:s kemikalieregler har du rätt att fråga om en vara innehåller särskilt farliga ämnen.',
      facts: [
        'Du har rätt att fråga om en vara innehåller ämnen på EU:s kandidatförteckning över 0,1 viktprocent.',
        'Företaget ska svara kostnadsfritt inom 45 dagar.',
        'Leksaker, kosmetika och livsmedelsförpackningar har särskilda regler.',
        'PFAS och vissa ftalater är exempel på ämnen som begränsas.',
      ],
      steps: [
        'Fråga säljaren om varan innehåller särskilt farliga ämnen.',
        'Välj miljömärkta produkter när det går.',
        'Tvätta nya kläder och textilier före användning.',
        'Tipsa Kemikalieinspektionen om du misstänker att en vara bryter mot reglerna.',
      ],
      tips: [
        'Lukta på varan – en stark kemisk lukt kan vara ett tecken att vara försiktig.',
        'Var extra försiktig med billiga leksaker från okända säljare.',
        'Vädra ofta när du har nya möbler.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Kemikalier i varor – din rätt att fråga',
          summary: 'Hur du tar reda på om en vara innehåller farliga ämnen.',
          lead: 'Det syns inte på en vara om den innehåller farliga kemikalier. Men du har rätt att fråga.',
          tags: ['kemikalier', 'REACH', 'rätt att fråga'],
        },
        {
          kind: 'article',
          title: 'Giftfria leksaker',
          summary: 'Tips för att välja leksaker utan skadliga kemikalier.',
          lead: 'Barn stoppar saker i munnen och är extra känsliga för kemikalier. Därför är det viktigt att välja leksaker med omsorg.',
          tags: ['leksaker', 'barn', 'kemikalier'],
          topics: ['goods.safety'],
          points: [
            'Köp leksaker från seriösa säljare som tar ansvar för produkten.',
            'Undvik mjuka plastleksaker med stark lukt.',
            'Gamla plastleksaker kan innehålla ämnen som i dag är förbjudna.',
          ],
        },
      ],
    },
    {
      topic: 'sustainable.repair',
      intro: 'Att reparera och återanvända förlänger livslängden på varor och minskar resursanvändningen. Ofta är det både billigare och bättre för miljön än att köpa nytt.',
      facts: [
        'Reparation av vitvaror i hemmet kan ge rätt till rutavdrag.',
        'Reklamationsrätten gäller även för reparerade varor.',
        'EU-regler ska göra det lättare att få varor reparerade och att få tag på reservdelar.',
        'Begagnade varor som köps av företag omfattas av konsumentköplagen.',
      ],
      steps: [
        'Ta reda på om felet täcks av reklamationsrätten först.',
        'Fråga efter reparation hos säljaren, tillverkaren eller en fristående verkstad.',
        'Jämför kostnaden med ny vara, men tänk också på miljön.',
        'Sälj eller skänk det du inte längre behöver.',
      ],
      tips: [
        'Reparationskaféer och bibliotek för verktyg finns i många kommuner.',
        'Fråga efter reservdelar och reparationsmöjligheter redan vid köpet.',
        'Köp begagnat av företag för att få konsumentskydd.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Laga i stället för att köpa nytt',
          summary: 'När det lönar sig att reparera och var du får hjälp.',
          lead: 'Mycket av det vi slänger går att laga. Här är tips för att förlänga livet på dina saker.',
          tags: ['reparation', 'återbruk', 'hållbarhet'],
          topics: ['services.repair'],
        },
        {
          kind: 'article',
          title: 'Köpa begagnat av företag',
          summary: 'Dina rättigheter när du köper begagnat i butik eller av en webbutik.',
          lead: 'Begagnat av ett företag ger dig samma grundläggande skydd som vid köp av nya varor, men med hänsyn till att varan är använd.',
          tags: ['begagnat', 'second hand', 'konsumentköplagen'],
          topics: ['goods.complaint'],
          points: [
            'Du kan reklamera fel som går utöver vad man kan förvänta sig av en begagnad vara.',
            'Ångerrätten gäller om du köpt på distans.',
            'Beskrivningen av varans skick är viktig; spara den.',
          ],
        },
      ],
    },
    {
      topic: 'sustainable.green-claims',
      intro: 'Miljöpåståenden i reklam, som "klimatneutral" eller "hållbar", måste kunna styrkas av företaget. Vaga och allmänna påståenden kan vara vilseledande enligt marknadsföringslagen.',
      facts: [
        'Företaget ansvarar för att kunna bevisa miljöpåståenden.',
        'Påståenden om klimatkompensation är ofta missvisande för konsumenter.',
        'Nya EU-regler skärper kraven på miljöpåståenden och hållbarhetsmärkningar.',
        'Konsumentverket har tillsyn över marknadsföring mot konsumenter.',
      ],
      steps: [
        'Fråga företaget vad påståendet bygger på.',
        'Titta efter oberoende tredjepartscertifierade miljömärkningar.',
        'Jämför produkter utifrån fakta, inte ord som "grön".',
        'Anmäl vilseledande marknadsföring till Konsumentverket.',
      ],
      tips: [
        'Var skeptisk mot egna märkningar som företaget hittat på.',
        'Bilder på natur säger inget om produktens miljöpåverkan.',
        'Specifika och mätbara påståenden är mer trovärdiga.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Gröna påståenden i reklam – vad betyder de?',
          summary: 'Hur du granskar miljöpåståenden och vad lagen kräver.',
          lead: 'Nästan allt marknadsförs i dag som hållbart. Men vad ligger bakom orden?',
          tags: ['miljöpåstående', 'greenwashing', 'marknadsföring'],
        },
        {
          kind: 'checklist',
          title: 'Checklista: granska en miljömärkning',
          summary: 'Frågor som hjälper dig att bedöma en miljömärkning.',
          lead: 'Det finns hundratals märkningar. Listan hjälper dig att skilja ut de trovärdiga.',
          tags: ['miljömärkning', 'checklista'],
        },
      ],
    },
    {
      topic: 'sustainable.food',
      intro: 'Märkningen på livsmedel ger information om innehåll, ursprung, allergener och hållbarhet. Att förstå skillnaden mellan bäst före och sista förbrukningsdag minskar också matsvinnet.',
      facts: [
        '"Bäst före" betyder att maten håller minst till datumet om den förvarats rätt; ofta går den att äta längre.',
        '"Sista förbrukningsdag" gäller känsliga livsmedel som inte bör ätas efter datumet.',
        'Allergener ska framhävas i ingrediensförteckningen.',
        'Klagomål på en butik eller restaurang hanteras av kommunens livsmedelskontroll.',
      ],
      steps: [
        'Läs ingrediensförteckningen vid allergi.',
        'Titta, lukta och smaka på mat som passerat bäst före-datum.',
        'Planera inköpen för att minska svinnet.',
        'Kontakta kommunen om du misstänker att en butik hanterar mat felaktigt.',
      ],
      tips: [
        'Frys in bröd och rester.',
        'Förvara mat i rätt temperatur; kylen bör hålla högst fyra grader.',
        'Ursprungsmärkning finns bland annat på kött, frukt och grönsaker.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Bäst före eller sista förbrukningsdag?',
          summary: 'Skillnaden mellan datummärkningarna och hur du minskar matsvinnet.',
          lead: 'Mycket mat slängs i onödan för att datumet passerats. Här är skillnaden mellan de två märkningarna.',
          tags: ['datummärkning', 'matsvinn', 'livsmedel'],
        },
        {
          kind: 'article',
          title: 'Klaga på mat i butik eller restaurang',
          summary: 'Vart du vänder dig om maten var dålig eller felmärkt.',
          lead: 'Kycklingen luktade illa redan när du öppnade förpackningen. Du har rätt att reklamera, och myndigheter kan behöva veta.',
          tags: ['livsmedel', 'reklamation', 'livsmedelskontroll'],
          topics: ['goods.complaint'],
          points: [
            'Reklamera till butiken och ta med förpackning och kvitto.',
            'Misstänkt matförgiftning kan anmälas till kommunen.',
            'Felaktig allergenmärkning är allvarligt och bör anmälas.',
          ],
        },
      ],
    },
  ],
};

export const GAMBLING_SV: AreaContent = {
  area: 'gambling',
  help: 'Spelinspektionen har tillsyn över spelmarknaden och informerar om licenser och Spelpaus. Vid spelproblem finns stöd hos Stödlinjen, och kommunens budget- och skuldrådgivning kan hjälpa till med ekonomin.',
  subtopics: [
    {
      topic: 'gambling.licensed',
      intro: 'För att erbjuda spel om pengar till svenska konsumenter krävs licens från Spelinspektionen. Spelbolag med licens måste följa regler om omsorgsplikt, marknadsföring och självavstängning.',
      facts: [
        'Licensierade spelbolag är anslutna till Spelpaus.',
        'Spelbolaget ska ha omsorgsplikt och ingripa om ditt spelande ser ut att vara problematiskt.',
        'Du måste sätta gränser för insättningar när du spelar hos licensierade bolag.',
        'Olicensierade spelbolag omfattas inte av det svenska konsumentskyddet.',
      ],
      steps: [
        'Kontrollera spelbolagets licens i Spelinspektionens register.',
        'Sätt insättningsgränser som du har råd med.',
        'Kontakta spelbolaget skriftligt vid tvist.',
        'Tipsa Spelinspektionen om du misstänker att ett bolag bryter mot reglerna.',
      ],
      tips: [
        'Spela bara för pengar du har råd att förlora.',
        'Se spel som underhållning, inte som ett sätt att tjäna pengar.',
        'Uttag kan kräva att du legitimerar dig; ha dokumenten redo.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Spela hos licensierade spelbolag',
          summary: 'Varför licensen spelar roll och hur du kontrollerar den.',
          lead: 'Svenska regler skyddar dig bara när spelbolaget har licens i Sverige. Här är hur du kontrollerar det.',
          tags: ['spellicens', 'Spelinspektionen', 'spel'],
        },
        {
          kind: 'article',
          title: 'Spelbolaget betalar inte ut vinsten',
          summary: 'Vad du kan göra om ett spelbolag vägrar betala ut pengar.',
          lead: 'Du har vunnit, men spelbolaget betalar inte ut. Vad gäller?',
          tags: ['utbetalning', 'spelbolag', 'tvist'],
          points: [
            'Läs villkoren för uttag och verifiering.',
            'Kontakta spelbolagets kundtjänst skriftligt.',
            'Hos licensierade bolag kan du gå vidare till ARN.',
          ],
        },
      ],
    },
    {
      topic: 'gambling.problems',
      intro: 'Spelproblem kan påverka ekonomi, relationer och hälsa. Genom Spelpaus kan du stänga av dig från allt licensierat spel i Sverige. Stöd finns för både spelare och anhöriga.',
      facts: [
        'Spelpaus stänger av dig från alla licensierade spelbolag i en vald period.',
        'En avstängning kan inte hävas i förtid.',
        'Stödlinjen erbjuder kostnadsfritt och anonymt stöd.',
        'Spelskulder kan hanteras med stöd av kommunens budget- och skuldrådgivning.',
      ],
      steps: [
        'Stäng av dig via Spelpaus.',
        'Installera blockeringsprogram för spelsajter.',
        'Kontakta Stödlinjen eller vården för stöd.',
        'Ta hjälp av budget- och skuldrådgivningen med skulderna.',
      ],
      tips: [
        'Berätta för någon du litar på.',
        'Be banken blockera transaktioner till spelbolag.',
        'Anhöriga kan också få stöd.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Spelpaus och självavstängning',
          summary: 'Så stänger du av dig från spel om pengar.',
          lead: 'Har spelandet gått för långt? Med Spelpaus kan du stänga av dig från allt licensierat spel.',
          tags: ['Spelpaus', 'självavstängning', 'spelproblem'],
        },
        {
          kind: 'article',
          title: 'Anhörig till någon med spelproblem',
          summary: 'Stöd och råd till dig som är närstående.',
          lead: 'Att vara närstående till någon med spelproblem är tungt. Det finns stöd för dig också.',
          tags: ['anhörig', 'spelproblem', 'stöd'],
          topics: ['debt.budget'],
        },
      ],
    },
    {
      topic: 'gambling.marketing',
      intro: 'Spelreklam ska vara måttfull och får inte rikta sig till personer under 18 år. Licensierade spelbolag får bara erbjuda bonus vid första speltillfället.',
      facts: [
        'Bonus får bara erbjudas vid det första speltillfället hos ett spelbolag.',
        'Reklam får inte skickas till personer som stängt av sig via Spelpaus.',
        'Marknadsföringen ska vara måttfull.',
        'Du kan avregistrera dig från direktreklam från spelbolag.',
      ],
      steps: [
        'Läs villkoren för bonusar noga, särskilt omsättningskrav.',
        'Avregistrera dig från spelbolagens utskick.',
        'Anmäl olämplig spelreklam till Spelinspektionen eller Konsumentverket.',
      ],
      tips: [
        'Ett erbjudande om "gratis" spel kan ha villkor som gör att du måste spela för mycket.',
        'Reklam från olicensierade bolag är ett varningstecken.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Spelbonusar och villkor',
          summary: 'Vad du ska känna till om bonusar och omsättningskrav.',
          lead: 'Bonusar låter generösa men kan ha villkor som gör dem svåra att ta ut.',
          tags: ['bonus', 'spelreklam', 'villkor'],
        },
      ],
    },
  ],
};

export const OTHER_SV: AreaContent = {
  area: 'other',
  help: 'Vet du inte vart du ska vända dig? Beskriv din fråga för oss så hjälper vi dig att hitta rätt. Konsumentvägledningen i din kommun kan också ge personlig vägledning.',
  subtopics: [
    {
      topic: 'other.general',
      intro: 'Vi ger opartisk information och vägledning till konsumenter, före och efter köp. Vi kan berätta vilka regler som gäller och vart du kan vända dig, men vi kan inte driva ditt ärende mot företaget.',
      facts: [
        'Vägledningen är kostnadsfri och opartisk.',
        'Vi kan inte kontakta företaget för din räkning eller medla i en tvist.',
        'Vi kan inte bedöma ditt ärende eller granska dina avtal och dokument.',
        'Vi kan hänvisa dig till kommunal konsumentvägledning, en byrå eller en myndighet som kan hjälpa.',
      ],
      steps: [
        'Beskriv kort vad som hänt och vad du vill uppnå.',
        'Ha kvitto, avtal och korrespondens tillgängligt.',
        'Vi berättar vad som gäller och vart du kan vända dig.',
      ],
      tips: [
        'Du kan kontakta oss via telefon, e-post, chatt eller forumet.',
        'Vi svarar på svenska och engelska.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Det här kan vi hjälpa dig med',
          summary: 'Vad vägledningen omfattar och vad vi inte kan göra.',
          lead: 'Vi hjälper konsumenter att förstå sina rättigheter och hitta rätt väg vidare. Här är vad du kan förvänta dig.',
          tags: ['vägledning', 'om tjänsten'],
        },
        {
          kind: 'article',
          title: 'Så gör du en anmälan till ARN',
          summary: 'Steg för steg när du vill att Allmänna reklamationsnämnden ska pröva din tvist.',
          lead: 'Allmänna reklamationsnämnden prövar tvister mellan konsumenter och företag kostnadsfritt. Det är du själv som gör anmälan.',
          tags: ['ARN', 'anmälan', 'tvist'],
          topics: ['goods.complaint', 'services.complaint'],
          points: [
            'Du måste först ha reklamerat till företaget och fått helt eller delvis nej.',
            'Anmälan ska i regel göras inom ett år från att du reklamerade till företaget.',
            'Tvisten ska överstiga en beloppsgräns som beror på vilken typ av vara eller tjänst det gäller.',
            'Bifoga kvitton, avtal, bilder och korrespondens.',
            'ARN:s beslut är rekommendationer, men de flesta företag följer dem.',
          ],
        },
      ],
    },
    {
      topic: 'other.outside-remit',
      intro: 'Vissa frågor ligger utanför konsumentvägledningen, till exempel tvister mellan företag, arbetsrätt, familjerätt eller frågor om myndighetsbeslut. Vi hjälper dig då att hitta rätt instans.',
      facts: [
        'Köp mellan två företag omfattas inte av konsumentlagarna.',
        'Frågor om bygglov och sophämtning hanteras av kommunen.',
        'Frågor om skatt hanteras av Skatteverket.',
        'Juridisk rådgivning i enskilda fall kan ges av advokater och rättshjälp.',
      ],
      steps: [
        'Beskriv frågan för oss.',
        'Vi berättar vilken myndighet eller organisation som ansvarar.',
        'Kontakta dem med dina underlag.',
      ],
      tips: [
        'Rättsskyddet i hemförsäkringen kan täcka en del av kostnaden för juridisk hjälp.',
        'Många advokatbyråer erbjuder en kostnadsfri eller billig första rådgivning.',
      ],
      articles: [
        {
          kind: 'article',
          title: 'Frågor vi inte kan svara på',
          summary: 'Vart du vänder dig med frågor utanför konsumentområdet.',
          lead: 'Alla frågor om pengar och köp är inte konsumentfrågor. Här hittar du vart du kan vända dig i stället.',
          tags: ['utanför uppdraget', 'hänvisning'],
        },
      ],
    },
  ],
};
