import type { schedule as Source } from '../en-US/schedule.js';
import type { Translation } from '../translation.js';

/** French words of the `schedule` area (see ../en-US/schedule.ts). */
export const schedule: Translation<typeof Source> = {
  rule: {
    everyHours: 'toutes les {{hours}} heures',
    everyHoursPast: 'toutes les {{hours}} heures, à la minute {{minute}}',
    everyDay: 'tous les jours à {{time}}',
    weekly: {
      sunday: 'tous les dimanches à {{time}}',
      monday: 'tous les lundis à {{time}}',
      tuesday: 'tous les mardis à {{time}}',
      wednesday: 'tous les mercredis à {{time}}',
      thursday: 'tous les jeudis à {{time}}',
      friday: 'tous les vendredis à {{time}}',
      saturday: 'tous les samedis à {{time}}',
    },
    rawCron: 'selon le cron `{{cron}}`',
    withZone: '{{rule}} ({{zone}})',
  },
  zone: {
    panel: 'heure du panneau',
    utc: 'UTC',
    panelOffset: 'heure du panneau, UTC{{offset}}',
  },
  defaultName: 'Sauvegarde {{rule}}',
  when: {
    help: 'Choisissez un préréglage dans la liste (toutes les 6 heures, toutes les 12 heures, chaque jour à une heure donnée, chaque semaine) ou indiquez une expression cron à cinq champs : minute heure jour-du-mois mois jour-de-la-semaine (par exemple `0 4 * * *` pour tous les jours à 04:00).',
    notUnderstood: 'Je ne comprends pas cette planification. {{help}}',
    invalidCron: "`{{cron}}` n'est pas une expression cron valide ({{reason}}). {{help}}",
    doesNotParse: 'elle ne peut pas être analysée',
    neverRuns: "`{{cron}}` ne s'exécute jamais (aucune date de ce type n'arrive). {{help}}",
    tooOften_one:
      "`{{cron}}` s'exécuterait à {{count}} minute d'intervalle. Une planification de sauvegarde peut s'exécuter au plus une fois par heure : à la limite de sauvegardes, chaque exécution supprime la plus ancienne sauvegarde non verrouillée.",
    tooOften_many:
      "`{{cron}}` s'exécuterait toutes les {{count}} minutes. Une planification de sauvegarde peut s'exécuter au plus une fois par heure : à la limite de sauvegardes, chaque exécution supprime la plus ancienne sauvegarde non verrouillée.",
    tooOften_other:
      "`{{cron}}` s'exécuterait toutes les {{count}} minutes. Une planification de sauvegarde peut s'exécuter au plus une fois par heure : à la limite de sauvegardes, chaque exécution supprime la plus ancienne sauvegarde non verrouillée.",
  },
  choice: {
    cron: '{{rule}} (cron {{cron}})',
    refused: '⚠️ {{reason}}',
    notASchedule: 'pas une planification',
  },
  label: '**{{name}}** (#{{id}})',
  notBackups:
    "La planification {{schedule}} ne fait pas de sauvegardes (ses tâches envoient des commandes ou des actions d'alimentation), elle n'est donc pas gérée ici. Modifiez-la sur le panneau.",
  noBackupsAllowed:
    "{{server}} n'a droit à aucune sauvegarde (sa limite de sauvegardes est 0), le panneau refuse donc une planification de sauvegarde. Demandez à un administrateur du panneau d'augmenter la limite.",
  atLimit:
    "À la limite de sauvegardes ({{limit}}), chaque exécution supprime d'abord la plus ancienne sauvegarde non verrouillée pour faire de la place. Si toutes les sauvegardes sont verrouillées, l'exécution échoue et rien n'est supprimé.",
  state: {
    running: "⏳ en cours d'exécution",
    active: '▶️ active',
    paused: '⏸️ en pause',
  },
  lines: {
    rule: '🗓️ {{rule}} · {{state}}',
    runs: 'Prochaine exécution : {{next}} · Dernière exécution : {{last}}',
    nextAt: '{{at}} ({{relative}})',
    notPlanned: 'non prévue',
    paused: '— (en pause)',
    never: 'jamais',
    onlyWhenOnline: "S'exécute uniquement quand le serveur est en ligne.",
    leavesOut: 'Exclut : {{patterns}}',
  },
  create: {
    title: 'Planification de sauvegarde {{name}}',
    created: '✅ Créée sur {{server}} : {{rule}}.',
    firstRun: 'Première exécution : {{at}} ({{relative}}).',
    limitField: 'À la limite de sauvegardes',
    used: 'Actuellement {{used}} sur {{limit}} utilisées.',
    usedNextDeletes:
      'Actuellement {{used}} sur {{limit}} utilisées. La prochaine exécution supprimerait {{backup}} (créée {{relative}}).',
    usedAllLocked:
      "Actuellement {{used}} sur {{limit}} utilisées. Toutes les sauvegardes sont verrouillées en ce moment : les exécutions échoueraient jusqu'à ce que l'une d'elles soit déverrouillée ou supprimée.",
    footer: 'planification #{{id}} · {{server}}',
    audit: '🗓️ {{user}} a créé la planification de sauvegarde {{schedule}} sur {{server}} : {{rule}}.',
    notRemoved:
      "{{reason}}\n⚠️ La planification {{schedule}} a été créée sans sa tâche de sauvegarde, et je n'ai pas pu la supprimer. Supprimez-la avec `/backup schedule delete` ou sur le panneau.",
    removed: '{{reason}}\nLa planification a été supprimée aussitôt, pour ne rien laisser à moitié fait.',
  },
  list: {
    title: 'Planifications de sauvegarde de {{name}}',
    none: "{{server}} n'a aucune planification de sauvegarde. Créez-en une avec `/backup schedule create`.",
    summary_one: '{{count}} planification de sauvegarde sur {{server}}.',
    summary_many: '{{count}} planifications de sauvegarde sur {{server}}.',
    summary_other: '{{count}} planifications de sauvegarde sur {{server}}.',
    limitNote:
      "À la limite de sauvegardes ({{limit}}), une exécution supprime d'abord la plus ancienne sauvegarde non verrouillée.",
    others_one:
      "{{count}} autre planification (commandes ou actions d'alimentation, sans sauvegarde) non affichée.",
    others_many:
      "{{count}} autres planifications (commandes ou actions d'alimentation, sans sauvegarde) non affichées.",
    others_other:
      "{{count}} autres planifications (commandes ou actions d'alimentation, sans sauvegarde) non affichées.",
    andMore: "Et d'autres",
  },
  pause: {
    alreadyActive: "La planification {{schedule}} sur {{server}} est déjà active. Rien n'a été modifié.",
    alreadyPaused: "La planification {{schedule}} sur {{server}} est déjà en pause. Rien n'a été modifié.",
    resumed: '▶️ La planification {{schedule}} sur {{server}} est de nouveau **active** : {{rule}}.',
    resumedNextRun:
      '▶️ La planification {{schedule}} sur {{server}} est de nouveau **active** : {{rule}}. Prochaine exécution : {{at}} ({{relative}}).',
    paused:
      "⏸️ La planification {{schedule}} sur {{server}} est **en pause** : elle ne fait aucune sauvegarde jusqu'à ce que vous la repreniez avec `/backup schedule resume`.",
    auditResumed: '▶️ {{user}} a repris la planification de sauvegarde {{schedule}} sur {{server}}.',
    auditPaused: '⏸️ {{user}} a mis en pause la planification de sauvegarde {{schedule}} sur {{server}}.',
  },
  delete: {
    question:
      "🗑️ **Supprimer** la planification de sauvegarde {{schedule}} ({{rule}}) de {{server}} ?\n• Elle ne fera plus de sauvegardes ; les sauvegardes qu'elle a faites sont conservées.",
    confirm: 'Supprimer la planification',
    deleted:
      '🗑️ La planification de sauvegarde {{schedule}} a été supprimée de {{server}}. Ses sauvegardes sont conservées.',
    audit: '🗑️ {{user}} a supprimé la planification de sauvegarde {{schedule}} de {{server}}.',
    what: 'supprimer la planification de sauvegarde {{schedule}} sur {{server}}',
    nothingDone: "rien n'a été supprimé",
    checkHint: 'vérifiez la planification sur le panneau',
  },
  run: {
    rotated:
      'À la limite de sauvegardes, le panneau a supprimé {{backups}} (la plus ancienne non verrouillée) pour faire de la place.',
    origin: "🗓️ Créée par la planification {{schedule}}, lancée à l'instant par {{user}}.",
    audit:
      '🗓️ {{user}} a lancé la planification de sauvegarde {{schedule}} sur {{server}} : sauvegarde {{backup}} démarrée.',
    offline:
      "La planification {{schedule}} ne s'exécute que lorsque le serveur est en ligne, et {{server}} est à l'état **{{state}}** : le panneau accepterait l'exécution sans faire de sauvegarde. Démarrez d'abord le serveur, ou faites une sauvegarde maintenant avec `/backup create`.",
    nothingMade:
      "⚠️ Le panneau a accepté l'exécution de la planification {{schedule}} sur {{server}}, mais aucune nouvelle sauvegarde n'est apparue.",
    skippedOffline:
      "La planification ne s'exécute que lorsque le serveur est en ligne : le panneau saute l'exécution s'il voit le serveur hors ligne ou en cours d'arrêt.",
    skippedBusy:
      "Le panneau saute une exécution tant que le serveur est suspendu, en cours d'installation ou de restauration.",
    tryAgain: 'Vérifiez le serveur, puis réessayez (dernière vérification {{relative}}).',
  },
};
