import type { common as Source } from '../en-US/common.js';
import type { Translation } from '../translation.js';

/** German words of the `common` area (see ../en-US/common.ts). */
export const common: Translation<typeof Source> = {
  confirmation: {
    cancel: 'Abbrechen',
    confirmWithin_one: 'Bestätige innerhalb von {{count}} Sekunde ({{deadline}}).',
    confirmWithin_other: 'Bestätige innerhalb von {{count}} Sekunden ({{deadline}}).',
    notYours: '⛔ Nur {{owner}} kann diese Bestätigung beantworten.',
    gone: '⌛ Diese Bestätigung ist abgelaufen oder wurde bereits beantwortet. Es wurde nichts getan.',
    expired_one: '⌛ Diese Bestätigung ist nach {{count}} Sekunde abgelaufen. Es wurde nichts getan.',
    expired_other: '⌛ Diese Bestätigung ist nach {{count}} Sekunden abgelaufen. Es wurde nichts getan.',
    cancelled: '✖️ Abgebrochen. Es wurde nichts getan.',
    checking: '⏳ Ich prüfe, ob das noch gültig ist…',
    resumesAfterRestart: '⏳ Der Bot startet gerade neu: Er macht damit weiter, sobald er wieder da ist.',
    tooManyOfYours_one:
      'Du hast bereits {{count}} offene Bestätigung. Beantworte sie zuerst oder lass sie ablaufen ({{seconds}} s).',
    tooManyOfYours_other:
      'Du hast bereits {{count}} offene Bestätigungen. Beantworte sie zuerst oder lass sie ablaufen ({{seconds}} s).',
    tooMany: 'Gerade warten zu viele Bestätigungen. Versuche es in einer Minute noch einmal.',
    audit: {
      noAnswer:
        '⚠️ {{member}} hat bestätigt: {{what}}. Das Panel hat aber nicht geantwortet: {{hint}}.{{note}}',
      refused: '⚠️ {{member}} hat bestätigt: {{what}}. Das wurde aber abgelehnt: {{nothingDone}}.{{note}}',
    },
  },
  list: {
    andMore_one: '…und noch {{count}}',
    andMore_other: '…und noch {{count}}',
    inAll_one: '…{{count}} insgesamt',
    inAll_other: '…{{count}} insgesamt',
    moreNotShown_one: 'Noch {{count}} nicht angezeigt',
    moreNotShown_other: 'Noch {{count}} nicht angezeigt',
  },
  dmFromGuild: 'Von **{{guild}}**: {{text}}',
};
