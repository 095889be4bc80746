import type { common as Source } from '../en-US/common.js';
import type { Translation } from '../translation.js';

/** Spanish (Spain) words of the `common` area (see ../en-US/common.ts). */
export const common: Translation<typeof Source> = {
  confirmation: {
    cancel: 'Cancelar',
    confirmWithin_one: 'Confirma en un plazo de {{count}} segundo ({{deadline}}).',
    confirmWithin_many: 'Confirma en un plazo de {{count}} segundos ({{deadline}}).',
    confirmWithin_other: 'Confirma en un plazo de {{count}} segundos ({{deadline}}).',
    notYours: '⛔ Solo {{owner}} puede responder a esta confirmación.',
    gone: '⌛ Esta confirmación ha caducado o ya se ha respondido. No se ha hecho nada.',
    expired_one: '⌛ Esta confirmación ha caducado tras {{count}} segundo. No se ha hecho nada.',
    expired_many: '⌛ Esta confirmación ha caducado tras {{count}} segundos. No se ha hecho nada.',
    expired_other: '⌛ Esta confirmación ha caducado tras {{count}} segundos. No se ha hecho nada.',
    cancelled: '✖️ Cancelado. No se ha hecho nada.',
    checking: '⏳ Comprobando que sigue siendo válido…',
    resumesAfterRestart: '⏳ El bot se está reiniciando: continuará con esto en cuanto vuelva.',
    tooManyOfYours_one:
      'Ya tienes {{count}} confirmación pendiente. Primero respóndela o deja que caduque ({{seconds}} s).',
    tooManyOfYours_many:
      'Ya tienes {{count}} confirmaciones pendientes. Primero respóndelas o deja que caduquen ({{seconds}} s).',
    tooManyOfYours_other:
      'Ya tienes {{count}} confirmaciones pendientes. Primero respóndelas o deja que caduquen ({{seconds}} s).',
    tooMany: 'Hay demasiadas confirmaciones pendientes ahora mismo. Vuelve a intentarlo en un minuto.',
    audit: {
      noAnswer: '⚠️ {{member}} confirmó {{what}}, pero el panel no respondió: {{hint}}.{{note}}',
      refused: '⚠️ {{member}} confirmó {{what}}, pero se rechazó: {{nothingDone}}.{{note}}',
    },
  },
  list: {
    andMore_one: '…y {{count}} más',
    andMore_many: '…y {{count}} más',
    andMore_other: '…y {{count}} más',
    inAll_one: '…{{count}} en total',
    inAll_many: '…{{count}} en total',
    inAll_other: '…{{count}} en total',
    moreNotShown_one: '{{count}} elemento más sin mostrar',
    moreNotShown_many: '{{count}} elementos más sin mostrar',
    moreNotShown_other: '{{count}} elementos más sin mostrar',
  },
  dmFromGuild: 'Desde **{{guild}}**: {{text}}',
};
