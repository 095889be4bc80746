import type { backup as Source } from '../en-US/backup.js';
import type { Translation } from '../translation.js';

/** French words of the `backup` area (see ../en-US/backup.ts). */
export const backup: Translation<typeof Source> = {
  size: {
    bytes: '{{value}} o',
    kibibytes: '{{value}} Kio',
    mebibytes: '{{value}} Mio',
    gibibytes: '{{value}} Gio',
    tebibytes: '{{value}} Tio',
  },
  age: {
    seconds_one: 'il y a {{count}} s',
    seconds_many: 'il y a {{count}} s',
    seconds_other: 'il y a {{count}} s',
    minutes_one: 'il y a {{count}} min',
    minutes_many: 'il y a {{count}} min',
    minutes_other: 'il y a {{count}} min',
    hours_one: 'il y a {{count}} h',
    hours_many: 'il y a {{count}} h',
    hours_other: 'il y a {{count}} h',
    days_one: 'il y a {{count}} j',
    days_many: 'il y a {{count}} j',
    days_other: 'il y a {{count}} j',
  },
  duration: {
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min {{seconds}} s',
    hours: '{{hours}} h {{minutes}} min',
  },
  state: {
    inProgress: '⏳ en cours',
    completed: '✅ terminée',
    failed: '❌ échouée',
  },
  field: {
    state: 'État',
    locked: 'Verrouillée',
    size: 'Taille',
    created: 'Créée',
    completed: 'Terminée',
    took: 'Durée',
    scheduled: 'Planifiée',
    checksum: 'Somme de contrôle',
    ignoredFiles: 'Fichiers ignorés',
    uuid: 'UUID',
  },
  value: {
    yes: 'oui',
    lockedYes: '🔒 oui',
    no: 'non',
    notYet: 'pas encore',
    none: 'aucun',
  },
  choice: {
    label: '{{name}} · {{detail}} · {{age}}',
    labelLocked: '{{name}} · {{detail}} · {{age}} · verrouillée',
    inProgress: 'en cours',
    failed: 'échouée',
  },
  scheduleChoice: {
    active: '{{name}} — {{rule}}',
    paused: '{{name}} — {{rule}} (en pause)',
  },
  list: {
    title: 'Sauvegardes de {{server}}',
    used_one: '{{used}} sur {{count}} sauvegarde utilisée',
    used_many: '{{used}} sur {{count}} sauvegardes utilisées',
    used_other: '{{used}} sur {{count}} sauvegardes utilisées',
    keptDisabled_one:
      '{{count}} sauvegarde conservée · les sauvegardes sont désactivées sur ce serveur (limite 0)',
    keptDisabled_many:
      '{{count}} sauvegardes conservées · les sauvegardes sont désactivées sur ce serveur (limite 0)',
    keptDisabled_other:
      '{{count}} sauvegardes conservées · les sauvegardes sont désactivées sur ce serveur (limite 0)',
    summary: '**{{used}}** · {{size}} au total',
    nextOut:
      "♻️ la prochaine à être supprimée si une planification s'exécute alors que la limite est atteinte",
    empty: 'Aucune sauvegarde pour le moment. Lancez-en une avec `/backup create`.',
    footer: '{{used}} · page {{page}} sur {{pages}} · {{server}}',
    previous: 'Précédent',
    next: 'Suivant',
  },
  created: {
    title: 'Sauvegarde {{backup}}',
    inProgress: "⏳ En cours — je mettrai ce message à jour quand le panneau signalera qu'elle est terminée.",
    waiting:
      "⏳ En cours depuis {{duration}} — j'attends que le panneau signale qu'elle est terminée (dernière vérification {{checked}}).",
    lockRefused:
      "⚠️ Le panneau l'a créée non verrouillée : le verrouillage nécessite la permission `backup.delete`.",
    completed: '✅ Terminée.',
    failed:
      '❌ La sauvegarde a échoué sur le nœud. Elle ne compte pas dans la limite ; vous pouvez réessayer.',
    dmCompleted: '✅ Terminée ({{size}}).',
    dmCompletedIn: '✅ Terminée ({{size}}, en {{duration}}).',
    dm: 'Sauvegarde {{backup}} sur {{server}} : {{news}}',
    deadline:
      "⏳ Après {{duration}}, le panneau indique toujours cette sauvegarde comme en cours : j'ai donc arrêté de la suivre. Vérifiez-la avec `/backup info`.",
    followFailed:
      "⚠️ Je n'ai pas pu suivre cette sauvegarde jusqu'au bout : {{message}}\nVérifiez-la plus tard avec `/backup info`.",
    auditStarted: '📦 {{member}} a lancé la sauvegarde {{backup}} sur {{server}}.',
    auditCompleted:
      '📦 La sauvegarde {{backup}} sur {{server}} (lancée par {{member}}) est terminée ({{size}}).',
    auditFailed: '📦 La sauvegarde {{backup}} sur {{server}} (lancée par {{member}}) a échoué.',
    auditUnknown:
      "📦 Sauvegarde {{backup}} sur {{server}} (lancée par {{member}}) : je n'ai pas pu la suivre jusqu'au bout, son résultat est donc inconnu ici.",
  },
  download: {
    inProgress: 'La sauvegarde {{backup}} est encore en cours : téléchargez-la une fois terminée.',
    failed: "La sauvegarde {{backup}} a échoué : il n'y a donc aucune archive à télécharger.",
    expiresAt: 'Il expire {{expires}} ({{time}}).',
    expiresSoon: "Il expire d'ici quelques minutes.",
    link: "🔗 Lien de téléchargement de {{backup}} ({{size}}) sur {{server}}.\nLe lien ne fonctionne qu'**une seule fois** et vous seul pouvez le voir. {{expiry}}",
    button: 'Télécharger',
    archiveLink: "**[⬇️ Télécharger l'archive]({{url}})**",
    audit: '🔗 {{member}} a obtenu un lien de téléchargement pour la sauvegarde {{backup}} sur {{server}}.',
  },
  lock: {
    locked:
      "🔒 La sauvegarde {{backup}} sur {{server}} est désormais **verrouillée** : elle ne peut pas être supprimée tant qu'elle n'est pas déverrouillée.",
    unlocked:
      '🔓 La sauvegarde {{backup}} sur {{server}} est désormais **déverrouillée** : elle peut être supprimée.',
    auditLocked: '🔒 {{member}} a verrouillé la sauvegarde {{backup}} sur {{server}}.',
    auditUnlocked: '🔓 {{member}} a déverrouillé la sauvegarde {{backup}} sur {{server}}.',
  },
  delete: {
    question:
      '🗑️ **Supprimer** la sauvegarde {{backup}}, créée le {{created}}, sur {{server}} ?\n• Cette action est irréversible.',
    questionWithSize:
      '🗑️ **Supprimer** la sauvegarde {{backup}} ({{size}}), créée le {{created}}, sur {{server}} ?\n• Cette action est irréversible.',
    confirm: 'Supprimer',
    deleted: '🗑️ La sauvegarde {{backup}} a été supprimée sur {{server}}.',
    audit: '🗑️ {{member}} a supprimé la sauvegarde {{backup}} sur {{server}}.',
    refusal: {
      what: 'supprimer la sauvegarde {{backup}} sur {{server}}',
      nothingDone: "rien n'a été supprimé",
      checkHint: 'vérifiez la sauvegarde dans le panneau',
    },
  },
  rename: {
    cannot:
      "Ce panneau ne peut pas renommer les sauvegardes : le renommage est une fonctionnalité de Pelican, et Pterodactyl n'a pas d'action équivalente. Pour obtenir une sauvegarde sous un autre nom, créez-en une nouvelle avec `/backup create name:…`.",
    blank: "Donnez à la sauvegarde un nom qui ne soit pas composé uniquement d'espaces.",
    unchanged: "La sauvegarde {{backup}} sur {{server}} porte déjà ce nom. Rien n'a été modifié.",
    renamed: "✏️ La sauvegarde {{backup}} sur {{server}} s'appelle désormais {{renamed}}.",
    audit: '✏️ {{member}} a renommé la sauvegarde {{backup}} sur {{server}} en {{renamed}}.',
  },
  check: {
    pickBackup:
      "Choisissez la sauvegarde dans la liste que propose l'option `backup` (l'UUID de la sauvegarde est nécessaire).",
    missingPermission:
      "Votre compte du panneau n'a pas la permission `{{permission}}` sur le serveur `{{server}}`. Demandez au propriétaire du serveur de vous l'accorder.",
    notRestorable:
      'La sauvegarde {{backup}} est encore en cours : elle pourra être restaurée une fois terminée.',
    locked:
      "La sauvegarde {{backup}} est verrouillée : elle ne peut donc pas être supprimée. Déverrouillez-la d'abord avec `/backup lock`, puis supprimez-la.",
  },
};
