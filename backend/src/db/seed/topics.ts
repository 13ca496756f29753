// The two-level topic taxonomy advisers classify cases and articles by. Ids are
// stable dotted paths ("goods.complaint") because statistics, partner topics
// and article topics refer to them.

export interface TopicSeed {
  id: string;
  sv: string;
  en: string;
  children: readonly { id: string; sv: string; en: string }[];
}

export const TOPICS: readonly TopicSeed[] = [
  {
    id: 'goods', sv: 'Köp av varor', en: 'Buying goods',
    children: [
      { id: 'goods.complaint', sv: 'Reklamation och fel på vara', en: 'Complaints and faulty goods' },
      { id: 'goods.warranty', sv: 'Garanti', en: 'Guarantees' },
      { id: 'goods.delivery', sv: 'Leverans och försening', en: 'Delivery and delays' },
      { id: 'goods.withdrawal', sv: 'Ångerrätt och öppet köp', en: 'Right of withdrawal and open purchase' },
      { id: 'goods.private', sv: 'Köp mellan privatpersoner', en: 'Buying from private individuals' },
      { id: 'goods.safety', sv: 'Produktsäkerhet', en: 'Product safety' },
    ],
  },
  {
    id: 'services', sv: 'Köp av tjänster', en: 'Buying services',
    children: [
      { id: 'services.complaint', sv: 'Fel i tjänst och reklamation', en: 'Faulty services and complaints' },
      { id: 'services.repair', sv: 'Reparation och service', en: 'Repairs and servicing' },
      { id: 'services.household', sv: 'Hushållsnära tjänster och flytt', en: 'Household services and removals' },
      { id: 'services.memberships', sv: 'Abonnemang och medlemskap', en: 'Subscriptions and memberships' },
      { id: 'services.events', sv: 'Evenemang och biljetter', en: 'Events and tickets' },
    ],
  },
  {
    id: 'craftsmen', sv: 'Hantverkare och bygg', en: 'Tradespeople and building',
    children: [
      { id: 'craftsmen.contract', sv: 'Avtal och offert', en: 'Contracts and quotes' },
      { id: 'craftsmen.defects', sv: 'Fel och reklamation', en: 'Defects and complaints' },
      { id: 'craftsmen.price', sv: 'Pris och fakturor', en: 'Prices and invoices' },
      { id: 'craftsmen.rot', sv: 'ROT-avdrag', en: 'ROT tax deduction' },
      { id: 'craftsmen.newbuild', sv: 'Nybyggnation av småhus', en: 'Building a new house' },
    ],
  },
  {
    id: 'travel', sv: 'Resor', en: 'Travel',
    children: [
      { id: 'travel.flight', sv: 'Flyg: försening och inställt', en: 'Flights: delays and cancellations' },
      { id: 'travel.package', sv: 'Paketresor', en: 'Package holidays' },
      { id: 'travel.train', sv: 'Tåg, buss och båt', en: 'Rail, bus and ferry' },
      { id: 'travel.accommodation', sv: 'Hotell och boende', en: 'Hotels and accommodation' },
      { id: 'travel.rentalcar', sv: 'Hyrbil', en: 'Car hire' },
      { id: 'travel.baggage', sv: 'Bagage', en: 'Baggage' },
    ],
  },
  {
    id: 'housing', sv: 'Bostad och boende', en: 'Housing',
    children: [
      { id: 'housing.rental', sv: 'Hyresrätt och andrahand', en: 'Renting and subletting' },
      { id: 'housing.condo', sv: 'Bostadsrätt', en: 'Tenant-owned flats' },
      { id: 'housing.broker', sv: 'Bostadsköp och mäklare', en: 'Buying a home and estate agents' },
      { id: 'housing.environment', sv: 'Inomhusmiljö, fukt och radon', en: 'Indoor environment, damp and radon' },
    ],
  },
  {
    id: 'finance', sv: 'Bank och finans', en: 'Banking and finance',
    children: [
      { id: 'finance.loans', sv: 'Bolån och privatlån', en: 'Mortgages and personal loans' },
      { id: 'finance.credit', sv: 'Snabblån och kredit vid köp', en: 'Payday loans and point-of-sale credit' },
      { id: 'finance.savings', sv: 'Sparande och fonder', en: 'Savings and funds' },
      { id: 'finance.pension', sv: 'Pension', en: 'Pensions' },
      { id: 'finance.accounts', sv: 'Konto, kort och betaltjänster', en: 'Accounts, cards and payment services' },
    ],
  },
  {
    id: 'insurance', sv: 'Försäkring', en: 'Insurance',
    children: [
      { id: 'insurance.home', sv: 'Hemförsäkring', en: 'Home insurance' },
      { id: 'insurance.vehicle', sv: 'Fordonsförsäkring', en: 'Vehicle insurance' },
      { id: 'insurance.travel', sv: 'Reseförsäkring', en: 'Travel insurance' },
      { id: 'insurance.personal', sv: 'Person- och olycksfallsförsäkring', en: 'Personal and accident insurance' },
      { id: 'insurance.claims', sv: 'Skadereglering och tvist', en: 'Claims and disputes' },
    ],
  },
  {
    id: 'energy', sv: 'El och energi', en: 'Electricity and energy',
    children: [
      { id: 'energy.contracts', sv: 'Elavtal och elhandlare', en: 'Electricity contracts and suppliers' },
      { id: 'energy.bills', sv: 'Elräkning och mätning', en: 'Electricity bills and metering' },
      { id: 'energy.solar', sv: 'Solceller och egen elproduktion', en: 'Solar panels and own production' },
      { id: 'energy.heating', sv: 'Uppvärmning och värmepump', en: 'Heating and heat pumps' },
      { id: 'energy.saving', sv: 'Energieffektivisering', en: 'Saving energy' },
    ],
  },
  {
    id: 'telecom', sv: 'Telefoni, internet och TV', en: 'Phone, internet and TV',
    children: [
      { id: 'telecom.mobile', sv: 'Mobilabonnemang', en: 'Mobile subscriptions' },
      { id: 'telecom.broadband', sv: 'Bredband', en: 'Broadband' },
      { id: 'telecom.tv', sv: 'TV och streaming', en: 'TV and streaming' },
      { id: 'telecom.billing', sv: 'Fakturor och överdebitering', en: 'Bills and overcharging' },
    ],
  },
  {
    id: 'vehicles', sv: 'Bil och fordon', en: 'Cars and vehicles',
    children: [
      { id: 'vehicles.purchase', sv: 'Köpa bil', en: 'Buying a car' },
      { id: 'vehicles.repair', sv: 'Bilverkstad och service', en: 'Garages and servicing' },
      { id: 'vehicles.leasing', sv: 'Privatleasing och billån', en: 'Private leasing and car loans' },
      { id: 'vehicles.ev', sv: 'Elbil och laddning', en: 'Electric cars and charging' },
    ],
  },
  {
    id: 'debt', sv: 'Betalning och skulder', en: 'Payments and debt',
    children: [
      { id: 'debt.collection', sv: 'Inkasso och betalningskrav', en: 'Debt collection and payment demands' },
      { id: 'debt.enforcement', sv: 'Kronofogden och betalningsföreläggande', en: 'Enforcement Authority and payment orders' },
      { id: 'debt.budget', sv: 'Hushållsbudget', en: 'Household budget' },
      { id: 'debt.restructuring', sv: 'Skuldsanering', en: 'Debt relief' },
    ],
  },
  {
    id: 'crossborder', sv: 'E-handel och gränsöverskridande köp', en: 'E-commerce and cross-border purchases',
    children: [
      { id: 'crossborder.eu', sv: 'Köp från andra EU-länder', en: 'Buying from other EU countries' },
      { id: 'crossborder.outside-eu', sv: 'Köp utanför EU, tull och moms', en: 'Buying outside the EU, customs and VAT' },
      { id: 'crossborder.marketplaces', sv: 'Marknadsplatser och plattformar', en: 'Marketplaces and platforms' },
      { id: 'crossborder.chargeback', sv: 'Återbetalning via kortutgivaren', en: 'Chargeback through the card issuer' },
    ],
  },
  {
    id: 'fraud', sv: 'Bedrägerier', en: 'Fraud and scams',
    children: [
      { id: 'fraud.webshops', sv: 'Bedrägliga webbutiker', en: 'Fraudulent web shops' },
      { id: 'fraud.phishing', sv: 'Nätfiske och telefonbedrägerier', en: 'Phishing and phone scams' },
      { id: 'fraud.investment', sv: 'Investeringsbedrägerier', en: 'Investment scams' },
      { id: 'fraud.subscription-traps', sv: 'Prenumerationsfällor', en: 'Subscription traps' },
      { id: 'fraud.identity', sv: 'Id-kapning', en: 'Identity theft' },
    ],
  },
  {
    id: 'sustainable', sv: 'Hållbar konsumtion', en: 'Sustainable consumption',
    children: [
      { id: 'sustainable.textiles', sv: 'Kläder och textil', en: 'Clothing and textiles' },
      { id: 'sustainable.chemicals', sv: 'Kemikalier i varor', en: 'Chemicals in products' },
      { id: 'sustainable.repair', sv: 'Reparera och återanvända', en: 'Repair and reuse' },
      { id: 'sustainable.green-claims', sv: 'Miljöpåståenden i reklam', en: 'Green claims in marketing' },
      { id: 'sustainable.food', sv: 'Livsmedel och märkning', en: 'Food and labelling' },
    ],
  },
  {
    id: 'gambling', sv: 'Spel om pengar', en: 'Gambling',
    children: [
      { id: 'gambling.licensed', sv: 'Spelbolag och licens', en: 'Gambling companies and licences' },
      { id: 'gambling.problems', sv: 'Spelproblem och självavstängning', en: 'Problem gambling and self-exclusion' },
      { id: 'gambling.marketing', sv: 'Spelreklam och bonusar', en: 'Gambling advertising and bonuses' },
    ],
  },
  {
    id: 'other', sv: 'Övrigt', en: 'Other',
    children: [
      { id: 'other.general', sv: 'Allmän konsumentfråga', en: 'General consumer question' },
      { id: 'other.outside-remit', sv: 'Utanför uppdraget', en: 'Outside our remit' },
      { id: 'other.feedback', sv: 'Synpunkter på tjänsten', en: 'Feedback on the service' },
    ],
  },
];

export const SUBTOPIC_IDS: readonly string[] = TOPICS.flatMap((t) => t.children.map((c) => c.id));
