// Source data for the municipal and regional contact cards: telephone area
// codes (riktnummer), how municipalities style their own name, and a few
// offices shared by several municipalities, as many small municipalities do.

/** Area code used by most of a county; overridden per municipality below. */
export const COUNTY_AREA_CODE: Record<string, string> = {
  '01': '08', '03': '018', '04': '016', '05': '013', '06': '036', '07': '0470', '08': '0480',
  '09': '0498', '10': '0455', '12': '040', '13': '035', '14': '031', '17': '054', '18': '019',
  '19': '021', '20': '023', '21': '026', '22': '060', '23': '063', '24': '090', '25': '0920',
};

export const AREA_CODE: Record<string, string> = {
  '0188': '0176',
  '0381': '0171', '0305': '0171', '0382': '0173', '0360': '0293', '0331': '0224', '0319': '026',
  '0480': '0155', '0481': '0155', '0483': '0150', '0486': '0152', '0482': '0157', '0488': '0156', '0461': '0158', '0428': '0151',
  '0581': '011', '0583': '0141', '0586': '0142', '0560': '0142', '0562': '0122', '0582': '0121', '0584': '0143',
  '0561': '0120', '0513': '0494', '0563': '0123', '0509': '0144', '0512': '0381',
  '0683': '0370', '0617': '0370', '0682': '0380', '0604': '0380', '0685': '0383', '0686': '0381', '0687': '0140',
  '0662': '0371', '0684': '0382', '0665': '0393', '0642': '0392',
  '0781': '0372', '0765': '0476',
  '0883': '0490', '0882': '0491', '0884': '0492',
  '1082': '0454', '1060': '0454', '1081': '0457', '1083': '0456',
  '1283': '042', '1284': '042', '1281': '046', '1290': '044', '1293': '0451', '1282': '0418', '1286': '0411',
  '1287': '0410', '1292': '0431', '1285': '0413', '1291': '0414',
  '1383': '0340', '1384': '0300', '1382': '0346', '1381': '0430', '1315': '0345',
  '1490': '033', '1488': '0520', '1487': '0521', '1485': '0522', '1496': '0500', '1494': '0510', '1489': '0322',
  '1493': '0501', '1499': '0515', '1491': '0321', '1486': '0526', '1484': '0523', '1492': '0532', '1482': '0303',
  '1415': '0303', '1463': '0320',
  '1784': '0570', '1781': '0550', '1785': '0533', '1737': '0560', '1766': '0565', '1783': '0563', '1782': '0590',
  '1883': '0586', '1885': '0581', '1882': '0583',
  '1981': '0224', '1983': '0221', '1984': '0589', '1982': '0223',
  '2081': '0243', '2062': '0250', '2085': '0240', '2084': '0226', '2083': '0225', '2029': '0247', '2023': '0280',
  '2184': '0650', '2183': '0278', '2182': '0270', '2161': '0651',
  '2284': '0660', '2280': '0611', '2283': '0620', '2282': '0612',
  '2321': '0647', '2361': '0680',
  '2482': '0910', '2481': '0950', '2462': '0940', '2421': '0951',
  '2581': '0911', '2582': '0921', '2584': '0980', '2523': '0970', '2514': '0923', '2583': '0922', '2505': '0960', '2510': '0971',
};

/** Municipalities that call themselves "stad" or "region" rather than "kommun". */
export const OWN_NAME: Record<string, string> = {
  '0180': 'Stockholms stad',
  '0183': 'Sundbybergs stad',
  '0184': 'Solna stad',
  '0186': 'Lidingö stad',
  '0187': 'Vaxholms stad',
  '0980': 'Region Gotland',
  '1280': 'Malmö stad',
  '1282': 'Landskrona stad',
  '1283': 'Helsingborgs stad',
  '1480': 'Göteborgs Stad',
  '1481': 'Mölndals stad',
  '1488': 'Trollhättans stad',
  '1980': 'Västerås stad',
  '2583': 'Haparanda stad',
};

export interface SharedOffice {
  name: string;
  kind: 'municipal_guidance' | 'debt_counselling';
  /** The municipality hosting the office; its domain and area code are used. */
  host: string;
  members: readonly string[];
}

export const SHARED_OFFICES: readonly SharedOffice[] = [
  { name: 'Konsument Gävleborg', kind: 'municipal_guidance', host: '2180', members: ['2181', '2104', '2101', '2182', '2121', '2183', '2132', '2161', '2184'] },
  { name: 'Konsumentvägledningen Sjuhärad', kind: 'municipal_guidance', host: '1490', members: ['1443', '1463', '1465', '1452', '1491', '1442', '1466'] },
  { name: 'Konsumentvägledningen Fyrbodal', kind: 'municipal_guidance', host: '1488', members: ['1487', '1462', '1439', '1461', '1492', '1460', '1438'] },
  { name: 'Konsumentvägledningen Norra Bohuslän', kind: 'municipal_guidance', host: '1486', members: ['1435', '1427', '1430', '1484'] },
  { name: 'Konsumentvägledningen Östra Skaraborg', kind: 'municipal_guidance', host: '1496', members: ['1497', '1472', '1446', '1473'] },
  { name: 'Konsumentvägledningen Västra Mälardalen', kind: 'municipal_guidance', host: '1983', members: ['1984', '1960'] },
  { name: 'Konsumentvägledningen Jämtlands län', kind: 'municipal_guidance', host: '2380', members: ['2303', '2305', '2309', '2313', '2321', '2326', '2361'] },
  { name: 'Konsumentvägledningen Södra Lappland', kind: 'municipal_guidance', host: '2481', members: ['2421', '2422', '2425', '2462', '2463', '2418'] },
  { name: 'Budget- och skuldrådgivningen Västra Mälardalen', kind: 'debt_counselling', host: '1983', members: ['1984', '1960'] },
  { name: 'Budget- och skuldrådgivningen Södra Lappland', kind: 'debt_counselling', host: '2481', members: ['2421', '2422', '2425', '2462', '2463', '2418'] },
  { name: 'Budget- och skuldrådgivningen Norra Bohuslän', kind: 'debt_counselling', host: '1486', members: ['1435', '1427'] },
];

export const LOCAL_TEXT = {
  municipal_guidance: {
    descriptionSv: 'Kommunal konsumentvägledning ger kostnadsfri och opartisk vägledning före och efter köp, kan i vissa fall kontakta företaget och medla, och hjälper konsumenten att förstå sina möjligheter att gå vidare.',
    descriptionEn: 'Municipal consumer guidance gives free, impartial guidance before and after a purchase, may in some cases contact the business and mediate, and helps consumers understand how to take a matter further.',
    instructionsSv: 'Ge konsumenten kontaktuppgifterna och telefontiderna. Konsumenten bör ha kvitto, avtal och korrespondens med företaget till hands.',
    instructionsEn: 'Give the consumer the contact details and phone hours. The consumer should have receipts, the contract and correspondence with the business at hand.',
    topics: ['goods', 'services', 'craftsmen', 'travel', 'vehicles', 'housing.broker', 'telecom.billing', 'other.general'],
  },
  debt_counselling: {
    descriptionSv: 'Kommunens budget- och skuldrådgivning hjälper kostnadsfritt med hushållsbudget, överblick över skulder, kontakter med fordringsägare och ansökan om skuldsanering. Rådgivarna har tystnadsplikt.',
    descriptionEn: 'The municipal budget and debt counselling helps free of charge with household budgets, an overview of debts, contacts with creditors and applying for debt relief. Counsellors are bound by confidentiality.',
    instructionsSv: 'Informera om hur konsumenten bokar tid. Tipsa om att samla fakturor, inkassobrev och en sammanställning från Kronofogden inför första mötet.',
    instructionsEn: 'Explain how the consumer books an appointment. Suggest collecting invoices, collection letters and a statement from the Enforcement Authority before the first meeting.',
    topics: ['debt', 'finance.credit', 'gambling.problems'],
  },
  energy_advice: {
    descriptionSv: 'Energi- och klimatrådgivningen ger kommuninvånare kostnadsfria och opartiska råd om uppvärmning, solceller, laddning av elbil och att minska energianvändningen.',
    descriptionEn: 'Energy and climate advice gives residents free, impartial advice on heating, solar panels, electric-car charging and reducing energy use.',
    instructionsSv: 'Ge konsumenten kontaktuppgifterna. Rådgivningen säljer inga produkter och rekommenderar inga enskilda företag.',
    instructionsEn: 'Give the consumer the contact details. The advisers sell nothing and recommend no individual companies.',
    topics: ['energy.heating', 'energy.saving', 'energy.solar', 'vehicles.ev'],
  },
} as const;
