// Knowledge-base building blocks (English) for consumers who prefer English.
// The rules described are Swedish and EU consumer law.
import type { AreaContent } from './knowledge-types.js';

const DISPUTES = 'If you and the business cannot agree, your municipal consumer guidance can advise you. You can also file a free complaint with the National Board for Consumer Disputes (ARN), which issues a recommendation on how the dispute should be resolved.';

export const CONTENT_EN: readonly AreaContent[] = [
  {
    area: 'goods',
    help: DISPUTES,
    subtopics: [
      {
        topic: 'goods.complaint',
        intro: 'When you buy goods from a business in Sweden, the Consumer Sales Act applies. It gives you the right to complain about faulty goods: goods that do not match what was agreed, how they were marketed, or what you could reasonably expect.',
        facts: [
          'You can complain about faults that existed when you received the goods, even if they show up later.',
          'Faults that appear within two years of the purchase are presumed to have existed from the start.',
          'You have at least three years from delivery to make a complaint.',
          'Complain within a reasonable time of discovering the fault; two months is always reasonable.',
          'The seller may choose to repair or replace the goods, free of charge and within a reasonable time.',
        ],
        steps: [
          'Contact the seller, not the manufacturer, as soon as you notice the fault.',
          'Describe the fault and when you discovered it, preferably in writing.',
          'Keep the receipt, order confirmation and photos of the fault.',
          'State what you want: repair, replacement, a price reduction or a refund.',
        ],
        tips: [
          'A bank statement can serve as proof of purchase if you have lost the receipt.',
          'Terms such as "no returns accepted" do not apply to your statutory rights.',
          'You may withhold payment corresponding to the fault.',
        ],
        articles: [
          {
            kind: 'article',
            title: 'How to complain about faulty goods',
            summary: 'Your rights when something you bought from a business breaks or is not as promised.',
            lead: 'Has something you bought stopped working or turned out to be different from what you were promised? You are usually entitled to complain. Here is how.',
            tags: ['complaint', 'faulty goods', 'consumer sales act'],
          },
          {
            kind: 'tool',
            title: 'Template: complaint letter',
            summary: 'A template for a written complaint to the seller.',
            lead: 'A written complaint proves that and when you complained. Adapt the template and send it by e-mail or post.',
            tags: ['complaint', 'template', 'letter'],
            points: [
              'Put your contact details and the seller\'s name at the top.',
              'Name the product, the purchase date and the order or receipt number.',
              'Describe the fault and when you noticed it.',
              'State what you ask for: repair, replacement, price reduction or cancellation.',
              'Give a date by which you expect a reply, for example in two weeks.',
            ],
          },
          {
            kind: 'checklist',
            title: 'Checklist: before you complain',
            summary: 'Go through this list before contacting the seller.',
            lead: 'A clear complaint makes it easier for the seller to solve the problem quickly.',
            tags: ['complaint', 'checklist'],
          },
        ],
      },
      {
        topic: 'goods.withdrawal',
        intro: 'When you buy online, by phone or from a door-to-door seller, the Distance Contracts Act gives you 14 days to change your mind. This right of withdrawal does not apply in physical shops, where any open-purchase policy is voluntary.',
        facts: [
          'The withdrawal period is 14 days and usually starts when you receive the goods.',
          'If the seller did not inform you of the right, the period is extended by up to twelve months.',
          'The seller must refund you within 14 days of your notice, but may wait until the goods are returned.',
          'Exceptions include custom-made goods, perishables and opened sealed hygiene products.',
        ],
        steps: [
          'Tell the seller clearly within 14 days that you are withdrawing from the purchase.',
          'Use the seller\'s withdrawal form if there is one; an e-mail also works.',
          'Send the goods back within 14 days of your notice.',
          'Keep the return receipt until you have been refunded.',
        ],
        tips: [
          'Simply returning the goods is not enough; you must also notify the seller.',
          'Check who pays for return shipping.',
          'You do not have to accept a gift card instead of a refund.',
        ],
        articles: [
          {
            kind: 'article',
            title: 'Right of withdrawal when shopping online',
            summary: 'You have 14 days to change your mind when buying online or by phone.',
            lead: 'Regret an online purchase? In most cases you can cancel within 14 days without giving a reason. Here are the rules and the exceptions.',
            tags: ['right of withdrawal', 'online shopping', 'distance selling'],
          },
          {
            kind: 'article',
            title: 'Open purchase in shops',
            summary: 'Returning goods bought in a shop depends on the shop\'s own terms.',
            lead: 'In a physical shop there is no legal right to return goods just because you changed your mind. Many shops still offer open purchase.',
            tags: ['open purchase', 'returns', 'shop'],
            points: [
              'The shop decides how long open purchase applies and on what terms.',
              'The terms should be clear at purchase, for example on the receipt.',
              'An exchange right means you can swap the item, not get your money back.',
            ],
          },
          {
            kind: 'tool',
            title: 'Work out your withdrawal deadline',
            summary: 'Calculate the last day to withdraw from a distance purchase.',
            lead: 'Not sure whether you are still in time? Follow these steps.',
            tags: ['right of withdrawal', 'calculator', 'tool'],
            points: [
              'Find the date you received the goods.',
              'Add 14 days; that is the last day to notify the seller.',
              'If it falls on a weekend or public holiday, it moves to the next working day.',
              'If the seller never informed you of the right, add up to twelve months.',
            ],
          },
        ],
      },
    ],
  },
  {
    area: 'travel',
    help: 'If the travel company refuses your claim, you can contact your municipal consumer guidance, ECC Sweden (Konsument Europa) if the company is based in another EU country, or file a complaint with the National Board for Consumer Disputes (ARN).',
    subtopics: [
      {
        topic: 'travel.flight',
        intro: 'The EU regulation on air passenger rights applies when you depart from an EU airport, or fly into the EU with a European airline. It entitles you to care, rebooking or a refund, and often to fixed compensation.',
        facts: [
          'With an arrival delay of three hours or more you may be entitled to 250, 400 or 600 euros depending on distance.',
          'No compensation is due if the airline proves extraordinary circumstances such as severe weather.',
          'If your flight is cancelled you may choose between a refund and rebooking.',
          'While waiting you are entitled to meals, refreshments and, if needed, a hotel.',
          'If you were told about a cancellation at least 14 days in advance, fixed compensation does not apply.',
        ],
        steps: [
          'Keep your boarding pass, booking confirmation and receipts.',
          'Ask why the flight was delayed and note what staff tell you.',
          'Claim compensation in writing from the airline, preferably via its form.',
          'Take the matter further if the airline refuses or does not reply.',
        ],
        tips: [
          'You do not need a claims agency that takes a commission; you can claim yourself.',
          'You do not have to accept a voucher if you prefer money.',
          'Check whether your travel insurance covers additional costs.',
        ],
        articles: [
          {
            kind: 'article',
            title: 'Flight delayed – your rights',
            summary: 'What you are entitled to when your flight is delayed.',
            lead: 'Stuck at the gate for hours? EU rules give you rights, but you usually have to claim them yourself.',
            tags: ['flight', 'delay', 'EU261'],
          },
          {
            kind: 'article',
            title: 'Flight cancelled – refund or rebooking',
            summary: 'Your choices when the airline cancels your flight.',
            lead: 'When an airline cancels your flight, you choose how to continue: a refund or a new flight.',
            tags: ['flight', 'cancellation', 'refund'],
            points: [
              'A refund must be paid within seven days.',
              'Rebooking can be at the earliest opportunity or at a later date of your choice.',
              'The airline must provide care while you wait for a replacement flight.',
            ],
          },
          {
            kind: 'tool',
            title: 'Calculate flight delay compensation',
            summary: 'Step by step: are you entitled to compensation, and how much?',
            lead: 'Use these steps to estimate whether you can claim fixed compensation under EU rules.',
            tags: ['flight', 'compensation', 'calculator'],
            points: [
              'Check that the flight left the EU, or arrived in the EU on an EU airline.',
              'Measure the delay at your final destination; it must be at least three hours.',
              'Up to 1,500 km: 250 euros.',
              'Between 1,500 and 3,500 km, and intra-EU flights over 1,500 km: 400 euros.',
              'Over 3,500 km outside the EU: 600 euros.',
            ],
          },
        ],
      },
      {
        topic: 'travel.baggage',
        intro: 'The airline is liable for checked baggage that is delayed, damaged or lost. The Montreal Convention governs this liability and caps compensation. Short deadlines apply for reporting.',
        facts: [
          'Report damaged baggage within seven days.',
          'Report delayed baggage within 21 days of receiving it.',
          'Baggage that has not arrived within 21 days is considered lost.',
          'Necessary purchases while you wait can be reimbursed.',
        ],
        steps: [
          'File a Property Irregularity Report at the baggage desk before leaving the airport.',
          'Keep the baggage tag, boarding pass and receipts.',
          'Send a written claim to the airline within the deadlines.',
          'Check what your travel insurance covers.',
        ],
        tips: [
          'Pack valuables, medicines and chargers in your hand luggage.',
          'Photograph your suitcase and its contents before travelling.',
        ],
        articles: [
          {
            kind: 'article',
            title: 'Delayed, damaged or lost baggage',
            summary: 'The airline\'s liability and the deadlines you must meet.',
            lead: 'Your suitcase did not appear on the belt, or arrived broken. Here is what applies.',
            tags: ['baggage', 'flight', 'Montreal Convention'],
          },
          {
            kind: 'checklist',
            title: 'Checklist: my suitcase did not arrive',
            summary: 'What to do at the airport and afterwards.',
            lead: 'The first hours matter for your claim. Follow the list.',
            tags: ['baggage', 'checklist'],
          },
        ],
      },
      {
        topic: 'travel.package',
        intro: 'A package holiday combines at least two travel services, such as flights and a hotel, bought together. The Package Travel Act gives you strong protection: the organiser is responsible for the whole trip.',
        facts: [
          'The organiser is liable for every part of the package, including services performed by others.',
          'If the price rises by more than eight percent you may cancel free of charge.',
          'You may always cancel for a reasonable fee, and for free in case of unavoidable and extraordinary circumstances at the destination.',
          'Report problems during the trip promptly, for example to the tour guide.',
        ],
        steps: [
          'Report the problem on site to the organiser\'s representative.',
          'Document it with photos and keep receipts.',
          'Complain in writing to the organiser after returning home.',
          'Ask for a price reduction for what did not match the contract.',
        ],
        tips: [
          'Check that the organiser has provided security with the Legal, Financial and Administrative Services Agency.',
          'Not reporting problems on site may reduce your compensation.',
        ],
        articles: [
          {
            kind: 'article',
            title: 'Package holidays – your rights',
            summary: 'The Package Travel Act protects you. Here are the essentials.',
            lead: 'The hotel was nothing like the brochure and the excursion was cancelled. With a package holiday, the organiser is responsible.',
            tags: ['package holiday', 'price reduction'],
          },
          {
            kind: 'article',
            title: 'Cancelling a package holiday',
            summary: 'When you can cancel for free and what it costs otherwise.',
            lead: 'Plans change. The rules on cancellation depend on the reason.',
            tags: ['cancellation', 'package holiday'],
            points: [
              'You can always cancel, but the organiser may charge a reasonable fee.',
              'War, natural disasters or outbreaks at the destination allow free cancellation.',
              'Cancellation insurance may cover the fee if you fall ill.',
            ],
          },
        ],
      },
    ],
  },
  {
    area: 'crossborder',
    help: 'ECC Sweden (Konsument Europa) helps consumers free of charge with businesses in other EU countries, Iceland, Norway and the UK. For purchases outside the EU, your card issuer may be able to help.',
    subtopics: [
      {
        topic: 'crossborder.eu',
        intro: 'When buying from a business in another EU country you have broadly the same basic rights as in Sweden: withdrawal from distance purchases, complaints about faulty goods and the right to information. Some details differ between countries.',
        facts: [
          'The 14-day right of withdrawal applies throughout the EU for distance purchases.',
          'The legal guarantee is at least two years in every EU country; in Sweden it is three.',
          'If the business targets Swedish consumers, Swedish law often applies.',
          'ECC Sweden can contact the business through its network in other countries.',
        ],
        steps: [
          'Contact the business in writing and describe the problem.',
          'Set a deadline for a reply.',
          'Contact ECC Sweden if the business does not reply or refuses.',
          'Contact your card issuer if you paid by card and did not receive the goods.',
        ],
        tips: [
          'A Swedish domain name does not mean the business is in Sweden.',
          'Paying by card makes a chargeback possible.',
        ],
        articles: [
          {
            kind: 'article',
            title: 'Shopping from other EU countries',
            summary: 'Your rights when you buy from a web shop in another EU country.',
            lead: 'Shopping across Europe is easy. Here is what applies and where to turn if something goes wrong.',
            tags: ['EU', 'online shopping', 'ECC'],
          },
          {
            kind: 'article',
            title: 'How ECC Sweden can help',
            summary: 'When to contact the European Consumer Centre and what it does.',
            lead: 'ECC Sweden is part of a network of consumer centres across Europe that help with cross-border disputes.',
            tags: ['ECC', 'Konsument Europa', 'cross-border'],
            points: [
              'The business must be in another EU country, Iceland, Norway or the UK.',
              'You must first have tried to solve the problem directly with the business.',
              'The help is free of charge.',
            ],
          },
          {
            kind: 'checklist',
            title: 'Checklist: before buying from a foreign web shop',
            summary: 'Checks to make before buying from a web shop abroad.',
            lead: 'A few minutes of checking can save you a lot of trouble.',
            tags: ['web shop', 'abroad', 'checklist'],
          },
        ],
      },
    ],
  },
  {
    area: 'fraud',
    help: 'Always report fraud to the police, online at polisen.se or by calling 114 14. Contact your bank immediately if you have given out card details or used BankID at someone else\'s request.',
    subtopics: [
      {
        topic: 'fraud.phishing',
        intro: 'In phishing and phone scams, fraudsters try to make you reveal card details or codes, or log in with BankID. They often pretend to be your bank, the police, a delivery company or a government agency.',
        facts: [
          'Banks and agencies never ask you to log in or sign with BankID when they call you.',
          'Fraudsters can spoof phone numbers so the call seems to come from your bank.',
          'Text messages about a parcel awaiting a small fee are a common scam.',
          'With your details, fraudsters can empty accounts and take out loans in your name.',
        ],
        steps: [
          'Hang up if someone asks you to identify yourself with BankID or give codes.',
          'Call your bank on a number you look up yourself.',
          'Block cards and BankID at once if you have given out details.',
          'Report to the police and report the transactions to your bank.',
        ],
        tips: [
          'Always read what the BankID app says you are signing.',
          'Do not click links in unexpected messages.',
        ],
        articles: [
          {
            kind: 'article',
            title: 'Phone scams – how fraudsters work',
            summary: 'Common set-ups and how to protect yourself.',
            lead: 'The phone rings and someone says they are from your bank. Your account is at risk and you must act now. That is how many scams begin.',
            tags: ['phone scam', 'BankID', 'phishing'],
          },
          {
            kind: 'checklist',
            title: 'Checklist: I have given out my details',
            summary: 'Do this immediately if you gave out card details, codes or signed with BankID.',
            lead: 'Every minute counts. Follow the list in order.',
            tags: ['block card', 'BankID', 'checklist'],
            points: [
              'Call your bank\'s blocking service and block cards and BankID.',
              'Change passwords for e-mail and other services.',
              'Report the crime to the police.',
              'Ask a credit reference agency for a fraud alert.',
            ],
          },
        ],
      },
      {
        topic: 'fraud.webshops',
        intro: 'Fraudulent web shops lure buyers with low prices on popular products. Often the goods never arrive, or a cheap copy does. The shops disappear quickly and reappear under new names.',
        facts: [
          'Fake shops often have newly registered domains and no company number or address.',
          'Prices are often much lower than elsewhere.',
          'Payment may only be possible by bank transfer, cryptocurrency or gift cards.',
        ],
        steps: [
          'Search for the shop\'s name together with words like "scam" or "reviews".',
          'Check the company number and address.',
          'Pay by card or a service with buyer protection.',
          'If you have already paid, contact your bank and report to the police.',
        ],
        tips: [
          'If an offer seems too good to be true, it usually is.',
          'Keep screenshots of the shop and your order.',
        ],
        articles: [
          {
            kind: 'article',
            title: 'How to spot a fake web shop',
            summary: 'Warning signs that reveal a fraudulent web shop.',
            lead: 'Fake shops look increasingly professional. These signs help you spot them before you pay.',
            tags: ['fake shop', 'fraud', 'online shopping'],
          },
          {
            kind: 'article',
            title: 'Scammed by a web shop – what now?',
            summary: 'Step by step when you have paid a fake shop.',
            lead: 'You paid, but the goods never came and the shop does not reply. Act quickly to improve your chances of a refund.',
            tags: ['fraud', 'refund', 'police report'],
            topics: ['crossborder.chargeback'],
          },
        ],
      },
    ],
  },
  {
    area: 'debt',
    help: 'Your municipality\'s budget and debt counselling service helps free of charge and in confidence with budgets, debts and applying for debt relief. The Swedish Enforcement Authority (Kronofogden) answers questions about payment orders and enforcement.',
    subtopics: [
      {
        topic: 'debt.collection',
        intro: 'If an invoice is not paid, the business may send a reminder and then a debt collection demand. Collection agencies must follow the Debt Collection Act and good collection practice. You always have the right to dispute a claim you believe is wrong.',
        facts: [
          'A collection demand must give you at least eight days to pay or object.',
          'Collection and reminder fees are capped by law.',
          'A reminder fee may only be charged if it was agreed when the debt arose.',
          'A collection demand does not create a payment default record; a court-like decision from Kronofogden does.',
        ],
        steps: [
          'Read the demand carefully and check that the debt is yours.',
          'Pay if the claim is correct, or ask for a payment plan.',
          'Dispute the claim in writing if you think it is wrong, and explain why.',
          'Keep the demand and all correspondence.',
        ],
        tips: [
          'Never ignore a collection demand, even if you think it is wrong.',
          'Watch out for fake collection demands by text message.',
        ],
        articles: [
          {
            kind: 'article',
            title: 'Received a debt collection demand?',
            summary: 'How to deal with a collection demand, whether it is right or wrong.',
            lead: 'A debt collection letter can be alarming. Here is what it means and how to respond.',
            tags: ['debt collection', 'dispute', 'payment demand'],
          },
          {
            kind: 'article',
            title: 'Payment orders from the Enforcement Authority',
            summary: 'What a payment order is and how to respond in time.',
            lead: 'A letter from Kronofogden about an application for a payment order requires action within the deadline.',
            tags: ['Kronofogden', 'payment order'],
            topics: ['debt.enforcement'],
            points: [
              'You usually have ten days to dispute the claim.',
              'If you do not respond, a decision may lead to a payment default record.',
              'If the claim is correct, pay the creditor directly and inform Kronofogden.',
            ],
          },
          {
            kind: 'tool',
            title: 'Household budget template',
            summary: 'A simple template for adding up income and expenses.',
            lead: 'Use these headings as a template for your own budget.',
            tags: ['budget', 'template', 'tool'],
            topics: ['debt.budget'],
            points: [
              'Income: salary, benefits and other income after tax.',
              'Housing: rent or fees, interest, electricity, home insurance.',
              'Fixed costs: phone, broadband, subscriptions, transport.',
              'Variable costs: food, clothes, toiletries, leisure.',
              'Debts: loans, credit and instalments.',
            ],
          },
        ],
      },
    ],
  },
  {
    area: 'housing',
    help: 'Disputes about rent can be heard by the regional rent tribunal (hyresnämnden). Tenants\' associations can advise their members.',
    subtopics: [
      {
        topic: 'housing.rental',
        intro: 'As a tenant in Sweden you have strong security of tenure and the right to a home in acceptable condition. The Tenancy Act governs rent levels, notice periods and subletting.',
        facts: [
          'The notice period for a rented flat is normally three calendar months.',
          'The landlord must keep the flat in good condition and fix defects within a reasonable time.',
          'Subletting requires the landlord\'s or the rent tribunal\'s permission.',
          'A subtenant can reclaim rent that was unreasonably high.',
        ],
        steps: [
          'Report defects to the landlord in writing.',
          'Give the landlord a reasonable time to fix them.',
          'Contact the rent tribunal if nothing happens; you may be entitled to a rent reduction.',
          'Keep the lease, receipts and correspondence.',
        ],
        tips: [
          'Never pay rent or a deposit before you have seen the flat and signed a lease.',
          'Check that the person renting out the flat actually has the right to do so.',
        ],
        articles: [
          {
            kind: 'article',
            title: 'Renting a flat in Sweden',
            summary: 'Key rules for tenants and subtenants.',
            lead: 'Finding a flat in Sweden can be hard, and the rules can be confusing. Here are the essentials.',
            tags: ['renting', 'tenancy', 'sublet'],
          },
          {
            kind: 'checklist',
            title: 'Checklist: avoid rental scams',
            summary: 'Warning signs before you pay for a rental flat.',
            lead: 'Fraudsters advertise flats that do not exist. Go through the list before paying anything.',
            tags: ['renting', 'fraud', 'checklist'],
            topics: ['fraud.webshops'],
            points: [
              'Have you seen the flat in person, not just in photos?',
              'Can the landlord prove ownership or the right to let?',
              'Is the rent reasonable for the area?',
              'Never pay a deposit to a foreign account or with gift cards.',
            ],
          },
        ],
      },
    ],
  },
  {
    area: 'energy',
    help: 'The Consumers\' Energy Market Bureau gives guidance on electricity contracts and bills. The Energy Markets Inspectorate supervises the market. Disputes can be heard by ARN.',
    subtopics: [
      {
        topic: 'energy.contracts',
        intro: 'You cannot choose your grid company, but you can freely switch electricity supplier. The most common contracts are variable price, fixed price and hourly price. If you have not chosen a supplier you get an assigned contract, which is often expensive.',
        facts: [
          'A variable price follows the market month by month.',
          'A fixed price stays the same during the contract but may cost to end early.',
          'Switching supplier is free and must not interrupt your supply.',
          'Contracts sold by phone are valid only once you accept them in writing.',
        ],
        steps: [
          'Find your annual consumption on a previous bill.',
          'Compare offers on an independent comparison service.',
          'Read the terms on fees, mark-ups and notice.',
          'Sign the new contract; the new supplier handles the switch.',
        ],
        tips: [
          'Watch out for monthly fees that make a low price expensive.',
          'You have 14 days to withdraw from a contract made by phone or at the door.',
        ],
        articles: [
          {
            kind: 'article',
            title: 'Choosing an electricity contract',
            summary: 'Fixed, variable or hourly price: the differences explained.',
            lead: 'Electricity prices can vary a lot. Which contract suits you depends on how you use electricity and how much risk you accept.',
            tags: ['electricity', 'contract', 'hourly price'],
          },
          {
            kind: 'checklist',
            title: 'Checklist: switching electricity supplier',
            summary: 'Step by step when you want to switch.',
            lead: 'Switching takes a few minutes and can lower your costs.',
            tags: ['switch supplier', 'checklist'],
          },
        ],
      },
    ],
  },
  {
    area: 'telecom',
    help: 'The Telecom Advisers (Telekområdgivarna) give free, impartial advice on phone, broadband and TV. Disputes can be heard by ARN.',
    subtopics: [
      {
        topic: 'telecom.mobile',
        intro: 'A mobile subscription is an ongoing contract with terms on lock-in periods, notice and price changes. The lock-in period may be at most 24 months, and after it the notice period may be at most one month.',
        facts: [
          'The maximum lock-in period for consumers is 24 months.',
          'The operator must notify you in advance of changes to your disadvantage, which often lets you cancel.',
          'Within the EU you usually pay the same for calls, texts and data as at home.',
          'You have the right to keep your number when changing operator.',
        ],
        steps: [
          'Find out when your lock-in period ends.',
          'Compare subscriptions based on how much you actually call and use data.',
          'Cancel in writing and keep the confirmation.',
          'Port your number by signing up with the new operator.',
        ],
        tips: [
          'A phone bought on instalments may have its own lock-in period.',
          'Check roaming prices before travelling outside the EU.',
        ],
        articles: [
          {
            kind: 'article',
            title: 'Lock-in periods and cancelling a mobile subscription',
            summary: 'The rules on lock-in periods and how to cancel.',
            lead: 'Want to switch operator but unsure if you are locked in? Here are the rules.',
            tags: ['mobile', 'lock-in period', 'cancellation'],
          },
          {
            kind: 'article',
            title: 'Using your phone abroad',
            summary: 'What calls and data cost in the EU and elsewhere.',
            lead: 'Within the EU you can usually use your phone as at home. Outside the EU it can get very expensive.',
            tags: ['roaming', 'travel', 'mobile'],
            points: [
              'Roam like at home applies in the EU/EEA, with a fair-use limit on data.',
              'Outside the EU, turn off data roaming or buy a package before you go.',
              'Networks on ships and planes can be extremely expensive.',
            ],
          },
        ],
      },
    ],
  },
  {
    area: 'finance',
    help: 'The Consumers\' Banking and Finance Bureau gives free, impartial guidance on banking, loans, savings and pensions. Disputes with banks can be heard by ARN.',
    subtopics: [
      {
        topic: 'finance.accounts',
        intro: 'Everyone legally resident in the EU has the right to a basic payment account. If money disappears through unauthorised transactions, the bank must usually refund it, though you may have to pay an excess.',
        facts: [
          'The bank must refund unauthorised transactions promptly, at the latest the day after you report them.',
          'The excess is at most 400 kronor unless you were grossly negligent.',
          'With gross negligence you may be liable for up to 12,000 kronor.',
          'Report unauthorised transactions without delay, and within 13 months at the latest.',
        ],
        steps: [
          'Block your card and BankID immediately if you suspect misuse.',
          'Report the transactions to your bank in writing.',
          'File a police report.',
          'Ask the bank for a written decision and request a review if you disagree.',
        ],
        tips: [
          'Turn on card notifications in your banking app.',
          'Set spending limits for your card and online purchases.',
        ],
        articles: [
          {
            kind: 'article',
            title: 'Unauthorised transactions on your account',
            summary: 'What applies when money has been taken from your account without your consent.',
            lead: 'You discover purchases you did not make. Act quickly, and know who bears the loss.',
            tags: ['unauthorised transaction', 'card', 'bank'],
            topics: ['fraud.phishing'],
          },
          {
            kind: 'article',
            title: 'Your right to a bank account',
            summary: 'Everyone has the right to a basic payment account.',
            lead: 'Has a bank refused to open an account for you? You usually have the right to a basic payment account.',
            tags: ['bank account', 'payment account'],
            points: [
              'The right applies to anyone legally resident in the EU.',
              'The bank may refuse if there is a money-laundering risk or another specific reason.',
              'The bank must explain a refusal in writing.',
            ],
          },
        ],
      },
    ],
  },
  {
    area: 'craftsmen',
    help: DISPUTES,
    subtopics: [
      {
        topic: 'craftsmen.contract',
        intro: 'A clear written contract is your best protection when hiring tradespeople. The Consumer Services Act always applies, but a contract shows what is to be done, when and at what price.',
        facts: [
          'A quote is binding for 30 days unless stated otherwise.',
          'An approximate price may normally be exceeded by at most 15 percent.',
          'You may cancel the work, but may have to pay for work done and lost profit.',
          'Contracts made in your home may carry a right of withdrawal.',
        ],
        steps: [
          'Describe the job in writing and ask several firms for quotes.',
          'Check the firm\'s F-tax registration, company number and reviews.',
          'Sign a contract covering price, schedule, payment plan and materials.',
          'Pay as the work is completed, not in advance.',
        ],
        tips: [
          'Ask for references from similar jobs.',
          'Take photos before, during and after the work.',
        ],
        articles: [
          {
            kind: 'checklist',
            title: 'Checklist: before hiring a tradesperson',
            summary: 'Points to check before signing a contract with a builder or tradesperson.',
            lead: 'Renovating a bathroom or replacing a roof is a big investment. This list reduces the risk of disputes.',
            tags: ['tradesperson', 'checklist', 'quote'],
          },
          {
            kind: 'article',
            title: 'Fixed price or approximate price?',
            summary: 'How the price agreement affects what you pay.',
            lead: 'The price form is one of the most important parts of the contract with a tradesperson.',
            tags: ['price', 'quote', 'tradesperson'],
            topics: ['craftsmen.price'],
            points: [
              'Fixed price: you know the cost, but the tradesperson carries the risk and may price accordingly.',
              'Approximate price: may be exceeded by at most 15 percent.',
              'Time and materials: you pay actual costs, ideally with an agreed cap.',
            ],
          },
        ],
      },
    ],
  },
];
