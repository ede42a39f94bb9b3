import type { LocalizedText } from './types';

/** Fix labels and small nouns used in messages, in the shipped UI languages. */
export const LABELS = {
  append: { en: 'Append “{x}”', de: '„{x}“ anhängen', nl: '“{x}” toevoegen' },
  remove: { en: 'Remove “{x}”', de: '„{x}“ entfernen', nl: '“{x}” verwijderen' },
  replace: { en: 'Replace with “{x}”', de: 'Durch „{x}“ ersetzen', nl: 'Vervangen door “{x}”' },
  useTracked: { en: 'Use the tracked link', de: 'Getrackten Link verwenden', nl: 'Getrackte link gebruiken' },
  email: { en: 'e-mail address', de: 'E-Mail-Adresse', nl: 'e-mailadres' },
  phone: { en: 'phone number', de: 'Telefonnummer', nl: 'telefoonnummer' },
  iban: { en: 'IBAN', de: 'IBAN', nl: 'IBAN' },
  card: { en: 'payment card number', de: 'Kartennummer', nl: 'betaalkaartnummer' },
  suggested: { en: 'the suggested text', de: 'dem Textvorschlag', nl: 'de voorgestelde tekst' },
  colleague: { en: 'a colleague’s recent post', de: 'einem aktuellen Beitrag eines Kollegen', nl: 'een recent bericht van een collega' },
  tooManyHashtags: { en: '{count} hashtags; at most {limit} on {network}', de: '{count} Hashtags; höchstens {limit} auf {network}', nl: '{count} hashtags; maximaal {limit} op {network}' },
  tooManyMentions: { en: '{count} mentions; at most {limit} on {network}', de: '{count} Erwähnungen; höchstens {limit} auf {network}', nl: '{count} vermeldingen; maximaal {limit} op {network}' },
  missingTrackedLink: { en: 'Add the tracked link {url} so that clicks are counted.', de: 'Getrackten Link {url} ergänzen, damit Klicks gezählt werden.', nl: 'Voeg de getrackte link {url} toe zodat klikken worden geteld.' },
  missingSourceLink: { en: 'Add the link to the source: {url}', de: 'Link zur Quelle ergänzen: {url}', nl: 'Voeg de link naar de bron toe: {url}' },
} satisfies Record<string, LocalizedText>;
