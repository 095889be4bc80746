import type { panel as Source } from '../en-US/panel.js';
import type { Translation } from '../translation.js';

/** French words of the `panel` area (see ../en-US/panel.ts). */
export const panel: Translation<typeof Source> = {
  unauthenticated:
    'Le panneau a refusé votre clé API (elle a peut-être été supprimée ou a expiré). Exécutez à nouveau `/link` avec une nouvelle clé.',
  forbidden: {
    permission: {
      named:
        "Votre compte du panneau n'a pas la permission {{permission}} sur le serveur {{server}}. Demandez au propriétaire du serveur de vous l'accorder.",
      unnamed:
        "Votre compte du panneau n'a pas la permission {{permission}} sur ce serveur. Demandez au propriétaire du serveur de vous l'accorder.",
    },
    other: {
      named:
        "Le panneau a refusé cette action pour votre compte sur le serveur {{server}}. Demandez l'accès au propriétaire du serveur.",
      unnamed:
        "Le panneau a refusé cette action pour votre compte sur ce serveur. Demandez l'accès au propriétaire du serveur.",
    },
  },
  applicationKey:
    "Il s'agit d'une clé API application, mais le bot a besoin d'une clé API client. Créez-en une sur le panneau dans Compte → Identifiants API et exécutez à nouveau `/link`.",
  ipRestricted:
    "Votre clé API ne fonctionne que depuis certaines adresses IP, et celle du bot n'en fait pas partie. Créez une clé sans cette restriction (ou autorisez l'adresse du bot) et exécutez à nouveau `/link`.",
  twoFactorRequired:
    "Le panneau exige l'authentification à deux facteurs sur votre compte avant d'autoriser l'accès à l'API. Activez-la dans les paramètres de votre compte du panneau, puis réessayez.",
  notFound: {
    server: {
      named:
        "Le panneau n'a aucun serveur {{server}} accessible à votre compte. Vérifiez l'identifiant du serveur (l'option `server` liste les vôtres).",
      unnamed:
        "Le panneau n'a pas ce serveur, ou votre compte n'y a pas accès. Vérifiez l'identifiant du serveur (l'option `server` liste les vôtres).",
    },
    backup: {
      named:
        "Le serveur {{server}} n'a aucune sauvegarde {{backup}} (elle a peut-être été supprimée). Choisissez-en une dans la liste de l'option `backup`.",
      unnamed:
        "Ce serveur n'a aucune sauvegarde {{backup}} (elle a peut-être été supprimée). Choisissez-en une dans la liste de l'option `backup`.",
    },
    schedule: {
      named:
        "Le serveur {{server}} n'a aucune planification #{{schedule}} (elle a peut-être été supprimée). Choisissez-en une dans la liste de l'option `schedule`.",
      unnamed:
        "Ce serveur n'a aucune planification #{{schedule}} (elle a peut-être été supprimée). Choisissez-en une dans la liste de l'option `schedule`.",
    },
    serverOrBackup: {
      named:
        "Le panneau n'a trouvé ni le serveur {{server}} ni sa sauvegarde {{backup}}. Vérifiez les deux et réessayez.",
      unnamed:
        "Le panneau n'a trouvé ni ce serveur ni sa sauvegarde {{backup}}. Vérifiez les deux et réessayez.",
    },
    other: "Le panneau n'a pas trouvé ce qui était demandé. Vérifiez le serveur et réessayez.",
  },
  conflict: {
    suspended: {
      named:
        "Le serveur {{server}} est suspendu, le panneau refuse donc cette action. Renseignez-vous sur la suspension auprès d'un administrateur du panneau.",
      unnamed:
        "Ce serveur est suspendu, le panneau refuse donc cette action. Renseignez-vous sur la suspension auprès d'un administrateur du panneau.",
    },
    maintenance: {
      named:
        'Le nœud qui exécute le serveur {{server}} est en maintenance. Réessayez une fois la maintenance terminée.',
      unnamed:
        'Le nœud qui exécute ce serveur est en maintenance. Réessayez une fois la maintenance terminée.',
    },
    installing: {
      named:
        "Le serveur {{server}} n'a pas encore fini son installation. Réessayez une fois l'installation terminée.",
      unnamed: "Ce serveur n'a pas encore fini son installation. Réessayez une fois l'installation terminée.",
    },
    restoring: {
      named:
        'Le serveur {{server}} est en train de restaurer une sauvegarde. Réessayez quand la restauration sera terminée.',
      unnamed:
        'Ce serveur est en train de restaurer une sauvegarde. Réessayez quand la restauration sera terminée.',
    },
    transferring: {
      named:
        'Le serveur {{server}} est en cours de transfert vers une autre machine. Réessayez une fois le transfert terminé.',
      unnamed:
        'Ce serveur est en cours de transfert vers une autre machine. Réessayez une fois le transfert terminé.',
    },
    busy: {
      named: 'Le serveur {{server}} est occupé : le panneau indique « {{detail}} ». Réessayez plus tard.',
      unnamed: 'Ce serveur est occupé : le panneau indique « {{detail}} ». Réessayez plus tard.',
    },
    other: {
      named:
        "Le serveur {{server}} est dans un état qui ne permet pas cette action pour l'instant. Réessayez plus tard.",
      unnamed:
        "Ce serveur est dans un état qui ne permet pas cette action pour l'instant. Réessayez plus tard.",
    },
  },
  validation: {
    details: 'Le panneau a rejeté la requête : {{details}}.',
    none: 'Le panneau a rejeté la requête comme non valide.',
  },
  unsupported:
    "Ce panneau ne propose pas cette action (son API n'a pas ce point de terminaison). Une version plus récente du panneau est peut-être nécessaire.",
  backupTaskForbidden:
    "Ce serveur n'a droit à aucune sauvegarde (sa limite de sauvegardes est 0), le panneau refuse donc une planification de sauvegarde. Demandez à un administrateur du panneau d'augmenter la limite.",
  tooManyBackups: {
    noneAllowed:
      "Ce serveur n'a droit à aucune sauvegarde (sa limite de sauvegardes est 0). Demandez à un administrateur du panneau d'augmenter la limite.",
    atLimit:
      "Ce serveur a atteint sa limite de sauvegardes ({{limit}} sur {{limit}}). Supprimez une sauvegarde dont vous n'avez plus besoin (déverrouillez-la d'abord si elle est verrouillée), puis réessayez.",
    limitUnknown:
      "Ce serveur a atteint sa limite de sauvegardes. Supprimez une sauvegarde dont vous n'avez plus besoin (déverrouillez-la d'abord si elle est verrouillée), puis réessayez.",
  },
  backupLocked:
    "Cette sauvegarde est verrouillée, le panneau ne la supprimera donc pas. Déverrouillez-la d'abord avec `/backup lock`, puis supprimez-la.",
  badRequest: {
    notFinished:
      "Cette sauvegarde n'est pas encore terminée, elle ne peut donc pas être restaurée. Attendez qu'elle soit terminée, puis réessayez.",
    restoreState: {
      named:
        "Le serveur {{server}} n'est pas dans un état qui permet une restauration (par exemple après une réinstallation échouée). Demandez à un administrateur du panneau d'y jeter un œil.",
      unnamed:
        "Ce serveur n'est pas dans un état qui permet une restauration (par exemple après une réinstallation échouée). Demandez à un administrateur du panneau d'y jeter un œil.",
    },
    cron: "Le panneau n'a pas accepté ce moment comme règle cron. Choisissez l'un des préréglages de l'option `when`, ou vérifiez l'expression cron (cinq champs : minute heure jour-du-mois mois jour-de-la-semaine).",
    noTasks:
      "Cette planification n'a aucune tâche sur le panneau : l'exécuter ne ferait rien. Ajoutez une tâche de sauvegarde sur le panneau, ou supprimez la planification et recréez-la ici.",
    tooManyTasks:
      'Cette planification a déjà le nombre maximal de tâches autorisé par le panneau ({{limit}}).',
    tooManyTasksUnknown: 'Cette planification a déjà le nombre maximal de tâches autorisé par le panneau.',
    diskDriver:
      'Cette sauvegarde est stockée à un emplacement depuis lequel le panneau ne peut pas proposer de téléchargement. Adressez-vous à un administrateur du panneau.',
    detail: 'Le panneau a refusé la requête : {{detail}}.',
    other: 'Le panneau a refusé la requête comme mal formée.',
  },
  throttle: {
    rule_one: "Le panneau n'autorise que {{count}} sauvegarde par {{period}} sur ce serveur.",
    rule_many: "Le panneau n'autorise que {{count}} sauvegardes par {{period}} sur ce serveur.",
    rule_other: "Le panneau n'autorise que {{count}} sauvegardes par {{period}} sur ce serveur.",
    unknown: 'Le panneau limite la fréquence de création des sauvegardes sur ce serveur.',
    restores:
      'Le panneau limite en ce moment la fréquence de restauration des sauvegardes sur ce serveur (ou le nombre de requêtes que votre compte peut faire).',
    requests: 'Le panneau limite en ce moment le nombre de requêtes que votre compte peut faire.',
  },
  period: {
    hour: 'heure',
    hours_one: '{{count}} heure',
    hours_many: '{{count}} heures',
    hours_other: '{{count}} heures',
    minute: 'minute',
    minutes_one: '{{count}} minute',
    minutes_many: '{{count}} minutes',
    minutes_other: '{{count}} minutes',
    seconds_one: '{{count}} seconde',
    seconds_many: '{{count}} secondes',
    seconds_other: '{{count}} secondes',
  },
  retry: {
    at: 'Réessayez {{when}}.',
    fewMinutes: 'Réessayez dans quelques minutes.',
    minute: 'Réessayez dans une minute.',
  },
  nodeUnreachable: {
    named:
      "Le panneau n'a pas pu joindre la machine (nœud) qui exécute le serveur {{server}}. Elle est peut-être hors service : réessayez dans quelques minutes, ou prévenez un administrateur du panneau.",
    unnamed:
      "Le panneau n'a pas pu joindre la machine (nœud) qui exécute ce serveur. Elle est peut-être hors service : réessayez dans quelques minutes, ou prévenez un administrateur du panneau.",
  },
  daemonError: {
    detail: {
      named:
        'La machine qui exécute le serveur {{server}} a signalé une erreur : {{detail}}. Réessayez, ou prévenez un administrateur du panneau si cela se reproduit.',
      unnamed:
        'La machine qui exécute ce serveur a signalé une erreur : {{detail}}. Réessayez, ou prévenez un administrateur du panneau si cela se reproduit.',
    },
    other: {
      named:
        'La machine qui exécute le serveur {{server}} a signalé une erreur. Réessayez, ou prévenez un administrateur du panneau si cela se reproduit.',
      unnamed:
        'La machine qui exécute ce serveur a signalé une erreur. Réessayez, ou prévenez un administrateur du panneau si cela se reproduit.',
    },
  },
  panelError: {
    status:
      'Le panneau a rencontré une erreur interne (HTTP {{status}}). Réessayez dans un instant ; si cela se reproduit, prévenez un administrateur du panneau.',
    other:
      'Le panneau a rencontré une erreur interne. Réessayez dans un instant ; si cela se reproduit, prévenez un administrateur du panneau.',
  },
  addressRefused:
    "L'URL du panneau ({{host}}) pointe vers une adresse à laquelle le bot n'a pas le droit de se connecter (privée, de bouclage ou lien-local). Un admin doit définir l'adresse publique du panneau avec `/setup`.",
  unreachable:
    "Le panneau à l'adresse {{host}} est injoignable. Il est peut-être hors service, ou l'URL du panneau est incorrecte (un admin peut la vérifier avec `/setup`).",
  cancelled:
    "J'ai cessé d'attendre le panneau : cela prenait plus de temps que l'action ne le permet. Rien de plus ne lui a été demandé ; réessayez dans un instant.",
  timeout_one:
    "Le panneau n'a pas répondu en {{seconds}} seconde. Il est peut-être surchargé ou hors service : réessayez plus tard.",
  timeout_many:
    "Le panneau n'a pas répondu en {{seconds}} secondes. Il est peut-être surchargé ou hors service : réessayez plus tard.",
  timeout_other:
    "Le panneau n'a pas répondu en {{seconds}} secondes. Il est peut-être surchargé ou hors service : réessayez plus tard.",
  tls: "La connexion sécurisée (HTTPS) au panneau à l'adresse {{host}} a échoué : son certificat n'a pas pu être vérifié. Un admin doit corriger le certificat du panneau ou l'URL du panneau (`/setup`).",
  notAPanel:
    "Cette adresse ne répond pas comme un panneau Pterodactyl ou Pelican. Vérifiez l'URL du panneau avec un admin (`/setup`).",
  url: {
    notAUrl:
      "Ce n'est pas une URL. Saisissez l'adresse de votre panneau, par exemple `https://panel.example.com`.",
    httpsRequired: "L'URL du panneau doit commencer par `https://`.",
    httpRefused:
      "L'URL du panneau doit commencer par `https://` : sinon, les clés API circuleraient sans chiffrement. (L'opérateur du bot peut autoriser `http://` pour un panneau sur un réseau privé avec `ALLOW_INSECURE_PANEL_URL=true`.)",
    credentials: "L'URL du panneau ne doit contenir ni nom d'utilisateur ni mot de passe.",
    queryOrFragment:
      "L'URL du panneau ne doit pas contenir de parties `?` ou `#` : indiquez l'adresse du panneau lui-même.",
    refusedHost: "Cette adresse n'est pas autorisée comme URL de panneau.",
    doesNotResolveCheck:
      "Le nom d'hôte `{{host}}` ne se résout pas. Vérifiez l'orthographe de l'URL du panneau.",
    doesNotResolve: "Le nom d'hôte `{{host}}` ne se résout pas.",
    refusedAddress:
      "Cette adresse n'est pas autorisée comme URL de panneau (adresse lien-local ou de métadonnées).",
    privateAddress:
      "Cette URL de panneau pointe vers une adresse privée ou de bouclage. L'opérateur du bot peut l'autoriser avec `ALLOW_INSECURE_PANEL_URL=true`.",
  },
};
