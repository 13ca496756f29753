// What the service itself says in a chat, in the chat's language. These lines
// are stored as system messages, so the transcript reads like the chat did.
import type { Language } from '../db/schema.js';

const TEXTS = {
  sv: {
    welcome: 'Välkommen till Hallå konsument. Du står i kö – en vägledare svarar så snart någon är ledig.',
    joined: (name: string) => `${name} har anslutit till chatten.`,
    transferred: 'Du kopplas vidare till en annan vägledare. Stanna kvar i chatten.',
    adviserEnded: 'Vägledaren har avslutat chatten. Tack för att du hörde av dig!',
    consumerEnded: 'Du har avslutat chatten.',
    inactive: 'Chatten avslutades eftersom vi inte hörde något från dig på en stund.',
    warning: (minutes: number) => `Är du kvar? Chatten avslutas om ${minutes} minuter om vi inte hör något från dig.`,
    expired: 'Tyvärr hann ingen vägledare svara. Välkommen att höra av dig igen, eller ring eller mejla oss.',
    transcriptSubject: (date: string) => `Din chatt med Hallå konsument ${date}`,
    transcriptIntro: 'Här är din chatt med Hallå konsument.',
    consumer: 'Du',
    service: 'Hallå konsument',
  },
  en: {
    welcome: 'Welcome to Hallå konsument. You are in the queue – an adviser will answer as soon as one is free.',
    joined: (name: string) => `${name} has joined the chat.`,
    transferred: 'You are being transferred to another adviser. Please stay in the chat.',
    adviserEnded: 'The adviser has ended the chat. Thank you for getting in touch!',
    consumerEnded: 'You have ended the chat.',
    inactive: 'The chat was ended because we had not heard from you for a while.',
    warning: (minutes: number) => `Are you still there? The chat ends in ${minutes} minutes unless we hear from you.`,
    expired: 'Sorry, no adviser could answer in time. You are welcome to try again, or to call or e-mail us.',
    transcriptSubject: (date: string) => `Your chat with Hallå konsument ${date}`,
    transcriptIntro: 'Here is your chat with Hallå konsument.',
    consumer: 'You',
    service: 'Hallå konsument',
  },
} as const;

export const chatTexts = (language: Language) => TEXTS[language];
