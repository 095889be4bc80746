import type { watch as Source } from '../en-US/watch.js';
import type { Translation } from '../translation.js';

/** French words of the `watch` area (see ../en-US/watch.ts). */
export const watch: Translation<typeof Source> = {
  event: {
    appeared: {
      bySchedule: {
        inProgress:
          '📦 La sauvegarde {{backup}} sur {{server}} a été lancée par une planification ; elle est en cours (lancée {{started}}).',
        completed:
          "✅ La sauvegarde {{backup}} sur {{server}} a été lancée par une planification et s'est terminée : {{size}}.",
        completedIn:
          "✅ La sauvegarde {{backup}} sur {{server}} a été lancée par une planification et s'est terminée : {{size}} en {{duration}}.",
        failed:
          '❌ La sauvegarde {{backup}} sur {{server}} a été lancée par une planification et a échoué. {{why}}',
        failedAfter:
          '❌ La sauvegarde {{backup}} sur {{server}} a été lancée par une planification et a échoué après {{duration}}. {{why}}',
      },
      notByMe: {
        inProgress:
          "📦 La sauvegarde {{backup}} sur {{server}} n'a pas été lancée par moi, mais par une planification ou depuis le panneau ; elle est en cours (lancée {{started}}).",
        completed:
          "✅ La sauvegarde {{backup}} sur {{server}} n'a pas été lancée par moi, mais par une planification ou depuis le panneau, et s'est terminée : {{size}}.",
        completedIn:
          "✅ La sauvegarde {{backup}} sur {{server}} n'a pas été lancée par moi, mais par une planification ou depuis le panneau, et s'est terminée : {{size}} en {{duration}}.",
        failed:
          "❌ La sauvegarde {{backup}} sur {{server}} n'a pas été lancée par moi, mais par une planification ou depuis le panneau, et a échoué. {{why}}",
        failedAfter:
          "❌ La sauvegarde {{backup}} sur {{server}} n'a pas été lancée par moi, mais par une planification ou depuis le panneau, et a échoué après {{duration}}. {{why}}",
      },
    },
    ended: {
      subject: {
        plain: 'La sauvegarde {{backup}} sur {{server}}',
        wasStuck: "La sauvegarde {{backup}} sur {{server}}, que j'avais signalée comme figée,",
        alreadyRunning:
          "La sauvegarde {{backup}} sur {{server}}, déjà en cours quand j'ai commencé la surveillance,",
      },
      completed: "✅ {{subject}} s'est terminée : {{size}}.",
      completedIn: "✅ {{subject}} s'est terminée : {{size}} en {{duration}}.",
      failed: '❌ {{subject}} a échoué. {{why}}',
      failedAfter: '❌ {{subject}} a échoué après {{duration}}. {{why}}',
    },
    stuck: {
      noHistory:
        '⏳ La sauvegarde {{backup}} sur {{server}} semble figée : elle est en cours depuis {{running}} (aucune sauvegarde réussie de ce serveur ne permet de comparer, je considère donc une sauvegarde comme figée après {{threshold}}). Le panneau la marque comme échouée après 6 heures si le nœud ne répond jamais.',
      withHistory:
        '⏳ La sauvegarde {{backup}} sur {{server}} semble figée : elle est en cours depuis {{running}} (la plus longue des sauvegardes réussies récentes de ce serveur a pris {{longest}} ; je considère une sauvegarde comme figée après {{threshold}}). Le panneau la marque comme échouée après 6 heures si le nœud ne répond jamais.',
    },
    disappeared: {
      done: "🗑️ La sauvegarde {{backup}} sur {{server}} a disparu du panneau (supprimée, retirée par la rotation d'une planification, ou nettoyée).",
      whileInProgress:
        "🗑️ La sauvegarde {{backup}} sur {{server}} a disparu du panneau alors qu'elle était encore en cours (supprimée, retirée par la rotation d'une planification, ou nettoyée).",
    },
    restoreStarted:
      "♻️ Une restauration que je n'ai pas lancée a commencé sur {{server}} (le panneau n'indique pas quelle sauvegarde). Le serveur est indisponible jusqu'à la fin.",
    restoreEnded: {
      startSeen:
        "♻️ La restauration sur {{server}} est terminée (le panneau n'indique pas si elle a réussi : vérifiez le serveur avant de le démarrer).",
      startUnseen:
        "♻️ Une restauration que je n'ai pas lancée a eu lieu sur {{server}} et s'est terminée (le panneau n'indique ni quelle sauvegarde ni si elle a réussi : vérifiez le serveur).",
    },
    late: '{{event}} (constaté après un redémarrage)',
  },
  failedWhy: {
    ranTooLong:
      "Le panneau l'a marquée comme échouée, car elle était encore en cours après 6 heures (il ne donne pas d'autre raison).",
    noReason:
      'Le panneau ne donne aucune raison ; le journal du nœud (wings) de ce serveur indique pourquoi.',
  },
  dm: {
    fromGuild: 'Sur **{{guild}}** : {{event}}',
    keyRefused:
      'Sur **{{guild}}** : je ne surveille plus les sauvegardes avec votre clé du panneau. {{reason}}',
    lostPermission:
      "Sur **{{guild}}** : votre compte du panneau n'a plus la permission `backup.read` sur {{server}}, je ne surveille donc plus les sauvegardes de ce serveur avec votre clé (et ne vous envoie plus de MP à leur sujet). Demandez au propriétaire du serveur de vous l'accorder si vous souhaitez recevoir à nouveau ces MP.",
    unknownGuild: 'un serveur Discord',
  },
  notify: {
    on: '🔔 Je vous enverrai des MP sur les sauvegardes de {{server}} : sauvegardes faites sans moi (planifications, panneau) et leur issue, sauvegardes figées et supprimées, restaurations. Désactivez-les avec `/backup notify state:off`.',
    notWatched:
      "⚠️ Le panneau n'est pas encore surveillé sur ce serveur Discord : un admin définit un salon des notifications dans `/setup`, et les MP commencent alors.",
    off: '🔕 Plus de MP sur les sauvegardes de {{server}}.',
  },
};
