import type { rotate as Source } from '../en-US/rotate.js';
import type { Translation } from '../translation.js';

/** French words of the `rotate` area (see ../en-US/rotate.ts). */
export const rotate: Translation<typeof Source> = {
  noBackupsAllowed:
    "{{server}} n'a droit à aucune sauvegarde (sa limite de sauvegardes est 0). Demandez à un administrateur du panneau d'augmenter la limite.",
  reached: '{{server}} a atteint sa limite de sauvegardes ({{used}} sur {{limit}}).',
  wouldDelete:
    '{{atLimit}} Faire de la place supprimerait sa plus ancienne sauvegarde non verrouillée. {{reason}}',
  allLocked:
    "{{atLimit}} Toutes les sauvegardes qui comptent dans cette limite sont verrouillées : je ne peux donc en supprimer aucune pour faire de la place. Supprimez une sauvegarde dont vous n'avez plus besoin (déverrouillez-la d'abord si elle est verrouillée), puis réessayez.",
  allLockedOrRunning:
    "{{atLimit}} Toutes les sauvegardes qui comptent dans cette limite sont verrouillées ou encore en cours : je ne peux donc en supprimer aucune pour faire de la place. Supprimez une sauvegarde dont vous n'avez plus besoin (déverrouillez-la d'abord si elle est verrouillée), puis réessayez.",
  throttled:
    "{{atLimit}} {{throttled}} Rien n'a été supprimé : faire de la place maintenant ferait perdre la plus ancienne sauvegarde sans en créer une nouvelle.",
  scheduleRunning:
    "{{atLimit}} Une planification de sauvegarde de ce serveur ({{schedule}}) est en cours d'exécution, et à la limite, elle supprime elle-même la plus ancienne sauvegarde non verrouillée. Rien n'a été supprimé : réessayez dans une minute ou deux. (Si ce message persiste après quelques minutes, la planification est peut-être bloquée : la mettre en pause puis la reprendre règle le problème.)",
  scheduleDue:
    "{{atLimit}} Une planification de sauvegarde de ce serveur ({{schedule}}) est sur le point de s'exécuter, et à la limite, elle supprime elle-même la plus ancienne sauvegarde non verrouillée. Rien n'a été supprimé : réessayez dans une minute ou deux.",
  roomMade:
    "De la place s'est libérée sur {{server}} au moment même de votre demande, il n'y a donc rien à supprimer : relancez `/backup create`.",
  ask: {
    created: 'créée {{when}}, le {{date}}',
    createdSized: 'créée {{when}}, le {{date}}, {{size}}',
    newNamed: 'la nouvelle sauvegarde {{backup}}',
    newUnnamed: 'une nouvelle sauvegarde',
    question:
      '**Supprimer la plus ancienne sauvegarde non verrouillée** {{backup}} ({{created}}) **et créer** {{newOne}} ?',
    cannotUndo:
      '• La sauvegarde supprimée ne pourra pas être récupérée ; les sauvegardes verrouillées ne sont jamais touchées.',
    confirm: 'Supprimer la plus ancienne et créer',
  },
  sinceAsked: "⚠️ Depuis ma question, {{change}}. Rien n'a été supprimé.",
  changed: {
    gone: 'la sauvegarde {{backup}} a disparu (elle a été supprimée entre-temps) : la plus ancienne sauvegarde non verrouillée est désormais une autre',
    locked:
      'la sauvegarde {{backup}} a été verrouillée : la plus ancienne sauvegarde non verrouillée est désormais une autre',
    notOldest: "la sauvegarde {{backup}} n'est plus la plus ancienne sauvegarde non verrouillée",
  },
  refusal: {
    what: 'supprimer la sauvegarde {{backup}} sur {{server}} pour faire de la place à une nouvelle sauvegarde',
    nothingDone: "rien n'a été supprimé",
    checkHint: 'vérifiez les sauvegardes dans le panneau',
  },
  originDeleted:
    '♻️ De la place a été faite en supprimant la plus ancienne sauvegarde non verrouillée, {{backup}} (créée le {{date}}).',
  originMeanwhile: "📦 De la place s'est libérée entre-temps, rien n'a donc été supprimé.",
  auditDeleted:
    '♻️ {{member}} a supprimé la sauvegarde {{backup}} sur {{server}} pour faire de la place (limite {{limit}}) et a lancé la sauvegarde {{started}}.',
  auditMeanwhile:
    "📦 {{member}} a lancé la sauvegarde {{started}} sur {{server}} (de la place s'est libérée entre-temps, rien n'a été supprimé).",
  notCreatedUnknown:
    "⚠️ La sauvegarde {{backup}} **a été supprimée** sur {{server}} pour faire de la place, mais le panneau n'a pas répondu quand je lui ai demandé la nouvelle sauvegarde : elle a donc peut-être été créée, ou peut-être pas. Vérifiez avec `/backup list`. {{why}}",
  notCreated:
    "⚠️ La sauvegarde {{backup}} **a été supprimée** sur {{server}} pour faire de la place, mais la nouvelle sauvegarde **n'a pas été créée** : {{why}}",
  auditNotCreatedUnknown:
    "⚠️ {{member}} a supprimé la sauvegarde {{backup}} sur {{server}} pour faire de la place, mais la nouvelle sauvegarde n'a peut-être pas été créée (le panneau n'a pas répondu).{{reason}}",
  auditNotCreated:
    "⚠️ {{member}} a supprimé la sauvegarde {{backup}} sur {{server}} pour faire de la place, mais la nouvelle sauvegarde n'a pas été créée.{{reason}}",
};
