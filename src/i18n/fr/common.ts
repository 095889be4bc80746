import type { common as Source } from '../en-US/common.js';
import type { Translation } from '../translation.js';

/** French words of the `common` area (see ../en-US/common.ts). */
export const common: Translation<typeof Source> = {
  confirmation: {
    cancel: 'Annuler',
    confirmWithin_one: 'Confirmez sous {{count}} seconde ({{deadline}}).',
    confirmWithin_many: 'Confirmez sous {{count}} secondes ({{deadline}}).',
    confirmWithin_other: 'Confirmez sous {{count}} secondes ({{deadline}}).',
    notYours: '⛔ Seul {{owner}} peut répondre à cette confirmation.',
    gone: "⌛ Cette confirmation a expiré ou a déjà reçu une réponse. Rien n'a été fait.",
    expired_one: "⌛ Cette confirmation a expiré après {{count}} seconde. Rien n'a été fait.",
    expired_many: "⌛ Cette confirmation a expiré après {{count}} secondes. Rien n'a été fait.",
    expired_other: "⌛ Cette confirmation a expiré après {{count}} secondes. Rien n'a été fait.",
    cancelled: "✖️ Annulé. Rien n'a été fait.",
    checking: "⏳ Vérification que l'action est toujours valide…",
    resumesAfterRestart: '⏳ Le bot redémarre : il reprendra cette action dès son retour.',
    tooManyOfYours_one:
      "Vous avez déjà {{count}} confirmation en attente. Répondez-y ou laissez-la expirer ({{seconds}} s) d'abord.",
    tooManyOfYours_many:
      "Vous avez déjà {{count}} confirmations en attente. Répondez-y ou laissez-les expirer ({{seconds}} s) d'abord.",
    tooManyOfYours_other:
      "Vous avez déjà {{count}} confirmations en attente. Répondez-y ou laissez-les expirer ({{seconds}} s) d'abord.",
    tooMany: 'Trop de confirmations sont en attente en ce moment. Réessayez dans une minute.',
    audit: {
      noAnswer:
        "⚠️ {{member}} a confirmé vouloir {{what}}, mais le panneau n'a pas répondu : {{hint}}.{{note}}",
      refused:
        "⚠️ {{member}} a confirmé vouloir {{what}}, mais l'action a été refusée : {{nothingDone}}.{{note}}",
    },
  },
  list: {
    andMore_one: '…et {{count}} de plus',
    andMore_many: '…et {{count}} de plus',
    andMore_other: '…et {{count}} de plus',
    inAll_one: '…{{count}} au total',
    inAll_many: '…{{count}} au total',
    inAll_other: '…{{count}} au total',
    moreNotShown_one: '{{count}} élément non affiché',
    moreNotShown_many: '{{count}} éléments non affichés',
    moreNotShown_other: '{{count}} éléments non affichés',
  },
  dmFromGuild: 'Depuis **{{guild}}** : {{text}}',
};
