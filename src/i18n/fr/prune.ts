import type { prune as Source } from '../en-US/prune.js';
import type { Translation } from '../translation.js';

/** French words of the `prune` area (see ../en-US/prune.ts). */
export const prune: Translation<typeof Source> = {
  badAge:
    "`older-than` attend une durée comme `12h`, `7d` ou `2w` (m minutes, h heures, d jours, w semaines ; jusqu'à 10 ans), et {{value}} n'en est pas une.",
  badKeep:
    '`keep` attend un nombre entier de 1 à 1000 : le nombre de sauvegardes les plus récentes à garder.',
  noCriteria:
    'Indiquez quoi nettoyer : `keep` (combien de sauvegardes parmi les plus récentes garder), `older-than` (une durée comme `7d`) ou `failed-only`.',
  criteria: {
    failedOnly: 'échouées uniquement',
    olderThan: 'plus anciennes que {{age}}',
    keeping_one: 'en gardant {{count}} sauvegarde, la plus récente',
    keeping_many: 'en gardant les {{count}} plus récentes',
    keeping_other: 'en gardant les {{count}} plus récentes',
  },
  failed: '❌ échouée',
  spared: {
    locked: '🔒 verrouillée',
    inProgress: '⏳ encore en cours',
    lastSuccessful: '✅ la dernière sauvegarde réussie',
  },
  noBackups: "{{server}} n'a aucune sauvegarde : il n'y a donc rien à nettoyer.",
  nothingMatches:
    'Rien ne peut être nettoyé sur {{server}} ({{criteria}}) : aucune sauvegarde ne serait supprimée.',
  sparedTitle: '**Épargnées** (elles correspondent, mais restent) :',
  toDeleteTitle: '**À supprimer**',
  question_one:
    '🧹 **Supprimer {{count}} sauvegarde** sur {{server}} ({{criteria}}) ?\n• Elle ne pourra pas être récupérée. Je la supprime et vous rends compte du résultat.',
  question_many:
    '🧹 **Supprimer {{count}} sauvegardes** sur {{server}} ({{criteria}}) ?\n• Elles ne pourront pas être récupérées. Je les supprime une par une et vous rends compte de chacune.',
  question_other:
    '🧹 **Supprimer {{count}} sauvegardes** sur {{server}} ({{criteria}}) ?\n• Elles ne pourront pas être récupérées. Je les supprime une par une et vous rends compte de chacune.',
  confirm_one: 'Supprimer {{count}} sauvegarde',
  confirm_many: 'Supprimer {{count}} sauvegardes',
  confirm_other: 'Supprimer {{count}} sauvegardes',
  refusal: {
    what_one: 'nettoyer {{count}} sauvegarde sur {{server}} ({{criteria}})',
    what_many: 'nettoyer {{count}} sauvegardes sur {{server}} ({{criteria}})',
    what_other: 'nettoyer {{count}} sauvegardes sur {{server}} ({{criteria}})',
    nothingDone: "rien n'a été supprimé",
    checkHint: 'vérifiez les sauvegardes dans le panneau',
  },
  noneLeft:
    "Rien n'a été supprimé : depuis votre demande, plus aucune de ces sauvegardes ne peut être nettoyée.",
  leftAloneTitle: '**Laissées intactes**',
  line: '• {{backup}} — {{why}}',
  deleting_one: '🧹 Suppression de {{count}} sauvegarde sur {{server}}…',
  deleting_many: '🧹 Suppression de {{count}} sauvegardes sur {{server}}, une par une…',
  deleting_other: '🧹 Suppression de {{count}} sauvegardes sur {{server}}, une par une…',
  slowingDown:
    "🧹 Suppression sur {{server}} en cours : {{deleted}} sur {{count}} pour l'instant. Le panneau m'a demandé de ralentir : j'attends donc {{seconds}} s avant de continuer…",
  restarting: 'le bot redémarre.',
  noAnswer: "le panneau n'a pas répondu (la sauvegarde est peut-être supprimée) : {{why}}",
  leftAlone: {
    gone: 'déjà disparue',
    locked: 'verrouillée entre-temps',
    lastSuccessful: 'désormais la dernière sauvegarde réussie',
    noLongerMatches: 'ne correspond plus',
  },
  report: {
    deleted: '**supprimées : {{count}}**',
    failed: 'échecs : {{count}}',
    notDeleted: 'non supprimées : {{count}}',
    head: '{{icon}} Nettoyage de {{server}} ({{criteria}}) — {{counts}}.',
    deletedTitle: '**Supprimées**',
    failedTitle: '**Échecs**',
    stoppedTitle: '**Non supprimées** : je me suis arrêté — {{why}}',
    leftAloneTitle: '**Laissées intactes** (modifiées depuis votre demande)',
  },
  audit: {
    failed: 'échecs : {{count}}',
    notDeleted: "non supprimées : {{count}} (le nettoyage s'est arrêté)",
    line_one: '🧹 {{member}} a nettoyé {{server}} ({{criteria}}) : {{count}} sauvegarde supprimée{{more}}.',
    line_many:
      '🧹 {{member}} a nettoyé {{server}} ({{criteria}}) : {{count}} sauvegardes supprimées{{more}}.',
    line_other:
      '🧹 {{member}} a nettoyé {{server}} ({{criteria}}) : {{count}} sauvegardes supprimées{{more}}.',
  },
};
