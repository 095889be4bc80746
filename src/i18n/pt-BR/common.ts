import type { common as Source } from '../en-US/common.js';
import type { Translation } from '../translation.js';

/** Brazilian Portuguese words of the `common` area (see ../en-US/common.ts). */
export const common: Translation<typeof Source> = {
  confirmation: {
    cancel: 'Cancelar',
    confirmWithin_one: 'Confirme em até {{count}} segundo ({{deadline}}).',
    confirmWithin_many: 'Confirme em até {{count}} segundos ({{deadline}}).',
    confirmWithin_other: 'Confirme em até {{count}} segundos ({{deadline}}).',
    notYours: '⛔ Somente {{owner}} pode responder a esta confirmação.',
    gone: '⌛ Esta confirmação expirou ou já foi respondida. Nada foi feito.',
    expired_one: '⌛ Esta confirmação expirou após {{count}} segundo. Nada foi feito.',
    expired_many: '⌛ Esta confirmação expirou após {{count}} segundos. Nada foi feito.',
    expired_other: '⌛ Esta confirmação expirou após {{count}} segundos. Nada foi feito.',
    cancelled: '✖️ Cancelado. Nada foi feito.',
    checking: '⏳ Verificando se isso ainda é válido…',
    resumesAfterRestart: '⏳ O bot está reiniciando: ele continuará com isso assim que voltar.',
    tooManyOfYours_one:
      'Você já tem {{count}} confirmação pendente. Responda-a ou deixe-a expirar ({{seconds}} s) antes.',
    tooManyOfYours_many:
      'Você já tem {{count}} confirmações pendentes. Responda-as ou deixe-as expirar ({{seconds}} s) antes.',
    tooManyOfYours_other:
      'Você já tem {{count}} confirmações pendentes. Responda-as ou deixe-as expirar ({{seconds}} s) antes.',
    tooMany: 'Há confirmações pendentes demais no momento. Tente novamente em um minuto.',
    audit: {
      noAnswer: '⚠️ {{member}} confirmou {{what}}, mas o painel não respondeu: {{hint}}.{{note}}',
      refused: '⚠️ {{member}} confirmou {{what}}, mas a ação foi recusada: {{nothingDone}}.{{note}}',
    },
  },
  list: {
    andMore_one: '…e mais {{count}}',
    andMore_many: '…e mais {{count}}',
    andMore_other: '…e mais {{count}}',
    inAll_one: '…{{count}} no total',
    inAll_many: '…{{count}} no total',
    inAll_other: '…{{count}} no total',
    moreNotShown_one: '{{count}} item não exibido',
    moreNotShown_many: '{{count}} itens não exibidos',
    moreNotShown_other: '{{count}} itens não exibidos',
  },
  dmFromGuild: 'De **{{guild}}**: {{text}}',
};
