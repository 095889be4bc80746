import type { CommandTexts } from '../commandTexts.js';

/** French descriptions and choice names of the slash commands (keys: see ../commandTexts.ts). */
export const commands: CommandTexts = {
  setup: 'Configurer le bot pour ce serveur Discord (la configuration vous est envoyée en MP)',
  link: 'Lier votre compte du panneau avec une clé API client (demandée dans un formulaire privé)',
  unlink: 'Oublier votre clé API du panneau et vos serveurs de jeu sur ce serveur Discord',
  backup: 'Gérer les sauvegardes de vos serveurs de jeu',
  'backup list': "Lister les sauvegardes d'un serveur",
  'backup list server': 'Le serveur (par défaut : votre serveur par défaut)',
  'backup create': 'Lancer une nouvelle sauvegarde',
  'backup create name': 'Un nom pour la sauvegarde (si vide, le panneau en choisit un)',
  'backup create locked':
    "La verrouiller pour qu'elle ne puisse pas être supprimée (requiert la permission backup.delete)",
  'backup create ignored': 'Fichiers à exclure : motifs séparés par des virgules, p. ex. logs/*, *.tmp',
  'backup create server': 'Le serveur (par défaut : votre serveur par défaut)',
  'backup info': "Afficher tous les détails d'une sauvegarde",
  'backup info backup': 'La sauvegarde',
  'backup info server': 'Le serveur (par défaut : votre serveur par défaut)',
  'backup download': 'Obtenir un lien de téléchargement à usage unique (visible par vous seul)',
  'backup download backup': 'La sauvegarde',
  'backup download server': 'Le serveur (par défaut : votre serveur par défaut)',
  'backup restore': 'Restaurer une sauvegarde par-dessus les fichiers du serveur (demande confirmation)',
  'backup restore backup': 'La sauvegarde',
  'backup restore truncate': 'Supprimer tous les fichiers actuels avant la restauration (par défaut : non)',
  'backup restore server': 'Le serveur (par défaut : votre serveur par défaut)',
  'backup lock': 'Verrouiller ou déverrouiller une sauvegarde',
  'backup lock backup': 'La sauvegarde',
  'backup lock server': 'Le serveur (par défaut : votre serveur par défaut)',
  'backup delete': 'Supprimer une sauvegarde (demande confirmation)',
  'backup delete backup': 'La sauvegarde',
  'backup delete server': 'Le serveur (par défaut : votre serveur par défaut)',
  'backup prune':
    "Supprimer d'un coup les sauvegardes anciennes ou échouées (les liste, demande confirmation)",
  'backup prune keep':
    'Garder ce nombre de sauvegardes parmi les plus récentes (hors échouées) ; supprimer le reste',
  'backup prune older-than': 'Seulement les sauvegardes plus anciennes que cette durée, p. ex. 12h, 7d, 2w',
  'backup prune failed-only': 'Seulement les sauvegardes échouées',
  'backup prune server': 'Le serveur (par défaut : votre serveur par défaut)',
  'backup rename': 'Renommer une sauvegarde (panneaux Pelican)',
  'backup rename backup': 'La sauvegarde',
  'backup rename name': 'Le nouveau nom',
  'backup rename server': 'Le serveur (par défaut : votre serveur par défaut)',
  'backup notify':
    "Être averti en MP des sauvegardes d'un serveur : créées sur le panneau, échouées, figées, supprimées",
  'backup notify state': "activé : m'envoyer des MP ; désactivé : arrêter",
  'backup notify state=on': 'activé',
  'backup notify state=off': 'désactivé',
  'backup notify server': 'Le serveur (par défaut : votre serveur par défaut)',
  'backup schedule': "Planifier les sauvegardes d'un serveur",
  'backup schedule create':
    "Planifier les sauvegardes d'un serveur (toutes les 6 h, 12 h, chaque jour, chaque semaine ou cron)",
  'backup schedule create when':
    'Un préréglage de la liste, ou cron : minute heure jour-du-mois mois jour-de-la-semaine',
  'backup schedule create server': 'Le serveur (par défaut : votre serveur par défaut)',
  'backup schedule create name':
    'Un nom pour la planification (par défaut : sa règle, p. ex. « Sauvegarde tous les jours à 03:00 »)',
  'backup schedule create ignored':
    'Fichiers à exclure : motifs séparés par des virgules, p. ex. logs/*, *.tmp',
  'backup schedule create only-when-online':
    'Sauter les exécutions si le serveur est hors ligne (par défaut : exécuter quand même)',
  'backup schedule list':
    "Afficher les planifications de sauvegarde d'un serveur, avec leurs prochaine et dernière exécutions",
  'backup schedule list server': 'Le serveur (par défaut : votre serveur par défaut)',
  'backup schedule run':
    "Lancer une planification de sauvegarde maintenant (la nouvelle sauvegarde est suivie jusqu'au bout)",
  'backup schedule run schedule': 'La planification de sauvegarde',
  'backup schedule run server': 'Le serveur (par défaut : votre serveur par défaut)',
  'backup schedule pause':
    'Mettre en pause une planification de sauvegarde (elle garde ses réglages et peut reprendre)',
  'backup schedule pause schedule': 'La planification de sauvegarde',
  'backup schedule pause server': 'Le serveur (par défaut : votre serveur par défaut)',
  'backup schedule resume': 'Reprendre une planification de sauvegarde en pause',
  'backup schedule resume schedule': 'La planification de sauvegarde',
  'backup schedule resume server': 'Le serveur (par défaut : votre serveur par défaut)',
  'backup schedule delete':
    'Supprimer une planification de sauvegarde (demande confirmation ; ses sauvegardes restent)',
  'backup schedule delete schedule': 'La planification de sauvegarde',
  'backup schedule delete server': 'Le serveur (par défaut : votre serveur par défaut)',
};
