import type { restore as Source } from '../en-US/restore.js';
import type { Translation } from '../translation.js';

/** French words of the `restore` area (see ../en-US/restore.ts). */
export const restore: Translation<typeof Source> = {
  ask: {
    question: '♻️ **Restaurer** la sauvegarde {{backup}} (créée le {{created}}) sur {{server}} ?',
    truncate:
      "• **Tous les fichiers actuels sont d'abord supprimés** (truncate), puis la sauvegarde est décompressée.",
    overwrite:
      '• Les fichiers de la sauvegarde remplacent les fichiers actuels ; ceux qui ne sont pas dans la sauvegarde sont conservés.',
    running:
      "• Le serveur est à l'état **{{state}}** : je vais lui envoyer le signal d'arrêt, attendre qu'il soit hors ligne, puis restaurer.",
    offline: '• Le serveur est hors ligne.',
    failedBackup:
      '• ⚠️ Cette sauvegarde a **échoué** lors de sa création : les fichiers restaurés peuvent être incomplets.',
    confirmStop: 'Arrêter et restaurer',
    confirm: 'Restaurer',
  },
  startedMeanwhile:
    '{{server}} a été démarré après votre demande : cette confirmation ne décrit donc plus ce qui se passerait. Relancez `/backup restore`.',
  refusal: {
    what: 'restaurer la sauvegarde {{backup}} sur {{server}}',
    nothingDone: "rien n'a été restauré",
    checkHint: 'vérifiez la sauvegarde dans le panneau',
    maybeStopped: " Le signal d'arrêt a peut-être déjà été envoyé au serveur.",
  },
  progress:
    "♻️ Restauration de {{backup}} sur {{server}}… ({{duration}} jusqu'ici ; j'attends que le panneau en signale la fin)",
  finished:
    '✅ La restauration de {{backup}} sur {{server}} est terminée. Le serveur est hors ligne : démarrez-le quand vous le souhaitez.',
  auditFinished: '♻️ La restauration de {{backup}} sur {{server}} (par {{member}}) est terminée.',
  deadline:
    "⏳ Après {{duration}}, le panneau indique toujours que {{server}} restaure {{backup}} : j'ai donc arrêté de suivre la restauration. Vérifiez le serveur dans le panneau avant de le démarrer.",
  followFailed:
    "⚠️ Je n'ai pas pu suivre la restauration de {{backup}} sur {{server}} jusqu'au bout : {{message}}\nLa restauration est peut-être encore en cours dans le panneau : vérifiez le serveur dans le panneau avant de le démarrer.",
  auditFollowFailed:
    "♻️ La restauration de {{backup}} sur {{server}} (par {{member}}) : je n'ai pas pu la suivre jusqu'au bout, son résultat est donc inconnu ici.",
  started:
    '♻️ Restauration de {{backup}} sur {{server}}… Je mettrai ce message à jour quand le panneau en signalera la fin.',
  startedTruncated:
    '♻️ Restauration de {{backup}} sur {{server}} (fichiers supprimés au préalable)… Je mettrai ce message à jour quand le panneau en signalera la fin.',
  auditStarted: {
    plain: '♻️ {{member}} a lancé la restauration de la sauvegarde {{backup}} sur {{server}}.',
    truncate: '♻️ {{member}} a lancé la restauration de la sauvegarde {{backup}} sur {{server}} (truncate).',
    stopped:
      "♻️ {{member}} a lancé la restauration de la sauvegarde {{backup}} sur {{server}} après l'arrêt du serveur.",
    truncateStopped:
      "♻️ {{member}} a lancé la restauration de la sauvegarde {{backup}} sur {{server}} (truncate) après l'arrêt du serveur.",
  },
  waitingToStop: "⏳ J'attends que {{server}} s'arrête avant de restaurer ({{duration}} jusqu'ici)…",
  didNotStop:
    "{{server}} ne s'est pas arrêté en {{duration}}, donc rien n'a été restauré. Arrêtez-le depuis le panneau et réessayez.",
  stopping: "⏹️ Envoi du signal d'arrêt à {{server}}…",
};
