import type { setup as Source } from '../en-US/setup.js';
import type { Translation } from '../translation.js';

/** French words of the `setup` area (see ../en-US/setup.ts). */
export const setup: Translation<typeof Source> = {
  dmFailed:
    "📪 Je n'ai pas pu vous envoyer de MP, la configuration ne peut donc pas commencer. Autorisez les messages privés de ce serveur (cliquez sur le nom du serveur → **Paramètres de confidentialité** → activez **Messages privés**), puis exécutez à nouveau `/setup`.",
  dmSent: '📬 Je vous ai envoyé un MP pour configurer **{{guild}}**. Tout le reste se passe là-bas.',
  embed: {
    title: 'Configuration du bot de sauvegarde pour {{guild}}',
    description:
      "Les membres associent leur propre clé API du panneau avec `/link` ; le panneau décide de ce que chaque clé peut faire. L'URL du panneau est définie ici, elle n'apparaît donc jamais dans un salon.",
    panelUrl: 'URL du panneau',
    panelUrlUnset: "non définie — appuyez sur **Définir l'URL du panneau**",
    roles: 'Rôles autorisés à restaurer et supprimer',
    rolesAnyone: "tout membre dont la clé du panneau l'autorise",
    audit: "Salon d'audit",
    none: 'aucun',
    notifications: 'Salon des notifications',
    notificationsSet:
      '{{channel}} — sauvegardes créées sur le panneau, échecs, sauvegardes figées et supprimées, restaurations',
    notificationsNone: "aucun — le panneau n'est pas surveillé",
    lastChange: 'Dernière modification',
    lastChangeBy: 'par {{member}} {{when}}',
    status: 'État',
  },
  controls: {
    setUrl: "Définir l'URL du panneau",
    test: 'Tester la connexion',
    rolesPlaceholder: 'Rôles autorisés à restaurer et supprimer (aucun : tout le monde){{page}}',
    auditPlaceholder: "Salon d'audit (facultatif){{page}}",
    notificationsPlaceholder: "Salon des notifications (facultatif ; peut être le salon d'audit){{page}}",
    pageNote: ' · page {{page}} sur {{pages}}',
    noAudit: "Aucun salon d'audit",
    noNotifications: 'Aucun salon des notifications',
    rolesPrevious: '◀ Rôles',
    rolesNext: 'Rôles ▶',
    channelsPrevious: '◀ Salons',
    channelsNext: 'Salons ▶',
  },
  form: {
    title: 'URL du panneau',
    label: 'URL du panneau',
    notSaved: "L'URL du panneau n'a pas été enregistrée. {{reason}}",
    saved: '✅ URL du panneau enregistrée ; le panneau a répondu en {{ms}} ms.',
    savedUnlinked:
      '✅ URL du panneau enregistrée ; le panneau a répondu en {{ms}} ms. Les membres associés au panneau précédent ont été dissociés et doivent exécuter à nouveau `/link`.',
  },
  status: {
    channelGone: "Ce salon n'existe plus. Choisissez à nouveau.",
    rolesGone: "Certains de ces rôles n'existent plus. Choisissez à nouveau.",
    urlFirst: "Définissez d'abord l'URL du panneau.",
    testPassed: '✅ Le panneau a répondu en {{ms}} ms.',
    testFailed: '❌ {{reason}}',
    rolesSet:
      '✅ Seuls ces rôles (et les membres ayant la permission Gérer le serveur) peuvent restaurer et supprimer.',
    rolesAnyone: "✅ Toute personne dont la clé du panneau l'autorise peut restaurer et supprimer.",
    auditSet: '✅ Les actions sur les sauvegardes seront consignées dans ce salon.',
    auditNone: "✅ Aucun salon d'audit.",
    notificationsSet:
      '✅ Je surveillerai le panneau et publierai dans ce salon : les sauvegardes créées sans moi (planifications, le panneau), leur issue, les sauvegardes figées et supprimées, les restaurations.',
    notificationsNone:
      "✅ Aucun salon des notifications : le panneau n'est plus surveillé pour ce serveur Discord.",
  },
  probe: {
    tls: "Le certificat HTTPS de {{url}} n'a pas pu être vérifié. Le panneau a besoin d'un certificat valide pour son nom d'hôte.",
    notAPanel:
      "{{url}} ne répond pas comme un panneau Pterodactyl ou Pelican. Utilisez l'adresse que vous saisissez dans un navigateur pour ouvrir le panneau.",
    addressRefused:
      "{{url}} mène à une adresse à laquelle le bot n'a pas le droit de se connecter (privée, loopback ou link-local).",
    unreachable: "Impossible de se connecter à {{url}}. Vérifiez l'adresse et que le panneau est en ligne.",
    other: "{{url}} n'a pas pu être vérifiée. {{reason}}",
    noKeyAsked:
      "{{url}} a répondu sans demander de clé : ce n'est donc pas le comportement d'un panneau Pterodactyl ou Pelican.",
  },
};
