import type { errors as Source } from '../en-US/errors.js';
import type { Translation } from '../translation.js';

/** French words of the `errors` area (see ../en-US/errors.ts). */
export const errors: Translation<typeof Source> = {
  genericFailure:
    'Un problème est survenu de mon côté. Il a été enregistré ; veuillez réessayer dans un instant.',
  notSetUp:
    "Ce serveur Discord n'est pas encore configuré : demandez à un admin (Gérer le serveur) d'exécuter `/setup`.",
  notLinked:
    "Vous n'avez pas encore associé de compte du panneau sur ce serveur Discord : exécutez d'abord `/link`.",
  guildOnly: {
    command: '`/{{command}}` fonctionne sur un serveur Discord, pas en message privé.',
    button: 'Ce bouton fonctionne sur un serveur Discord, pas en message privé.',
    autocomplete: "L'autocomplétion fonctionne sur un serveur Discord, pas en message privé.",
  },
  access: {
    destructiveRoles:
      "Sur ce serveur Discord, la restauration et la suppression des sauvegardes sont réservées aux membres ayant l'un de ces rôles : {{roles}}.",
    guildNotSeen: 'Je ne vois pas encore ce serveur Discord. Réessayez dans une minute.',
    guildLeft: "Je ne suis plus sur ce serveur, il ne peut donc pas être configuré d'ici.",
    notAMember: "Vous n'êtes plus membre de **{{guild}}**.",
    manageGuildToSetUp:
      'Vous avez besoin de la permission **Gérer le serveur** sur **{{guild}}** pour le configurer.',
    manageGuildToChange:
      'Vous avez besoin de la permission **Gérer le serveur** sur **{{guild}}** pour modifier sa configuration.',
  },
  stale: {
    command: "⚠️ Cette commande n'est plus disponible.",
    button: "⚠️ Ce bouton provient d'une ancienne version du bot. Relancez la commande.",
    form: "⚠️ Ce formulaire n'est plus valide. Relancez la commande.",
    invalidButton: "Ce bouton n'est pas valide.",
    invalidForm: "Ce formulaire n'est pas valide.",
  },
  restarting: '⏳ Le bot redémarre : réessayez dans un instant.',
  server: {
    notAnIdentifier:
      "{{value}} n'est pas un identifiant de serveur. Choisissez un serveur dans la liste proposée par l'option `server`.",
    none: 'Votre clé API ne donne accès à aucun serveur. Demandez au propriétaire du serveur de vous ajouter comme sous-utilisateur, puis exécutez à nouveau `/link`.',
    choose_one:
      "Votre clé donne accès à {{count}} serveur : choisissez-en un avec l'option `server`, ou définissez un serveur par défaut avec `/link`.",
    choose_many:
      "Votre clé donne accès à {{count}} serveurs : choisissez-en un avec l'option `server`, ou définissez un serveur par défaut avec `/link`.",
    choose_other:
      "Votre clé donne accès à {{count}} serveurs : choisissez-en un avec l'option `server`, ou définissez un serveur par défaut avec `/link`.",
  },
};
