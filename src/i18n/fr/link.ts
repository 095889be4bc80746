import type { link as Source } from '../en-US/link.js';
import type { Translation } from '../translation.js';

/** French words of the `link` area (see ../en-US/link.ts). */
export const link: Translation<typeof Source> = {
  form: {
    title: 'Associer votre compte du panneau',
    keyLabel: 'Clé API client (Compte → Identifiants API)',
    keyPlaceholder: 'ptlc_… ou pacc_…',
    serverLabel: 'ID du serveur par défaut (facultatif)',
    serverPlaceholder: 'par ex. 1a2b3c4d',
  },
  applicationKey:
    "Il s'agit d'une clé API **application** (espace d'administration). Créez plutôt une clé API **client** : Compte → Identifiants API sur le panneau.",
  notAKey:
    'Cela ne ressemble pas à une clé API du panneau. Copiez la clé entière depuis Compte → Identifiants API et réessayez `/link`.',
  tooSlow_one:
    "Le panneau a mis plus de {{count}} seconde à vérifier votre clé et à lister vos serveurs, donc rien n'a été enregistré. Réessayez `/link` plus tard ; si cela se reproduit, le panneau est peut-être surchargé.",
  tooSlow_many:
    "Le panneau a mis plus de {{count}} secondes à vérifier votre clé et à lister vos serveurs, donc rien n'a été enregistré. Réessayez `/link` plus tard ; si cela se reproduit, le panneau est peut-être surchargé.",
  tooSlow_other:
    "Le panneau a mis plus de {{count}} secondes à vérifier votre clé et à lister vos serveurs, donc rien n'a été enregistré. Réessayez `/link` plus tard ; si cela se reproduit, le panneau est peut-être surchargé.",
  keyEchoed:
    "Le panneau a répondu avec votre clé API dans un nom de compte ou de serveur, donc rien n'a été enregistré. Demandez à l'administrateur du panneau d'examiner le panneau ; supprimez cette clé sur le panneau (Compte → Identifiants API).",
  unknownDefault:
    "Votre clé fonctionne, mais elle ne donne accès à aucun serveur {{server}}. Rien n'a été enregistré : exécutez à nouveau `/link` avec l'un de vos serveurs ou laissez le champ vide.",
  panelChanged:
    "L'URL du panneau de ce serveur Discord a changé pendant la vérification de votre clé, donc rien n'a été enregistré. Exécutez à nouveau `/link`.",
  linked: {
    title: 'Compte du panneau associé',
    description:
      'Associé en tant que {{account}} sur {{url}}. Votre clé est stockée chiffrée et ne sera plus jamais affichée.',
    servers: 'Serveurs accessibles avec votre clé ({{count}})',
    server: '• {{name}} ({{id}})',
    defaultServer: '• {{name}} ({{id}}) — par défaut',
    none: "aucun pour l'instant — demandez à un propriétaire de serveur de vous ajouter comme sous-utilisateur, puis exécutez à nouveau `/link`",
    tip: 'Astuce',
    tipText:
      "Choisissez un serveur avec l'option `server` de `/backup`, ou exécutez à nouveau `/link` avec un serveur par défaut.",
  },
  unlink: {
    forgotten:
      '🗑️ Votre clé du panneau et vos serveurs de jeu sont oubliés sur ce serveur Discord. Pensez aussi à supprimer la clé sur le panneau (Compte → Identifiants API).',
    nothing: "Rien à oublier : vous n'aviez aucun compte du panneau associé sur ce serveur Discord.",
  },
};
