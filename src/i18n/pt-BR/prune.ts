import type { prune as Source } from '../en-US/prune.js';
import type { Translation } from '../translation.js';

/** Portuguese (Brazil) words of the `prune` area (see ../en-US/prune.ts). */
export const prune: Translation<typeof Source> = {
  badAge:
    '`older-than` aceita uma idade como `12h`, `7d` ou `2w` (m minutos, h horas, d dias, w semanas; até 10 anos), e {{value}} não é uma idade válida.',
  badKeep: '`keep` aceita um número inteiro de 1 a 1000: quantos dos backups mais recentes manter.',
  noCriteria:
    'Diga o que limpar: `keep` (quantos dos backups mais recentes manter), `older-than` (uma idade como `7d`) ou `failed-only`.',
  criteria: {
    failedOnly: 'apenas com falha',
    olderThan: 'mais antigos que {{age}}',
    keeping_one: 'mantendo {{count}} backup, o mais recente',
    keeping_many: 'mantendo os {{count}} mais recentes',
    keeping_other: 'mantendo os {{count}} mais recentes',
  },
  failed: '❌ com falha',
  spared: {
    locked: '🔒 bloqueado',
    inProgress: '⏳ ainda em andamento',
    lastSuccessful: '✅ o último backup bem-sucedido',
  },
  noBackups: '{{server}} não tem backups, então não há nada para limpar.',
  nothingMatches: 'Nada em {{server}} pode ser limpo ({{criteria}}), então nada seria excluído.',
  sparedTitle: '**Poupados** (correspondem, mas ficam):',
  toDeleteTitle: '**A excluir**',
  question_one:
    '🧹 **Excluir {{count}} backup** em {{server}} ({{criteria}})?\n• Ele não poderá ser recuperado. Vou excluí-lo e informar o resultado.',
  question_many:
    '🧹 **Excluir {{count}} backups** em {{server}} ({{criteria}})?\n• Eles não poderão ser recuperados. Vou excluí-los um por um e informar o resultado de cada um.',
  question_other:
    '🧹 **Excluir {{count}} backups** em {{server}} ({{criteria}})?\n• Eles não poderão ser recuperados. Vou excluí-los um por um e informar o resultado de cada um.',
  confirm_one: 'Excluir {{count}} backup',
  confirm_many: 'Excluir {{count}} backups',
  confirm_other: 'Excluir {{count}} backups',
  refusal: {
    what_one: 'a limpeza de {{count}} backup em {{server}} ({{criteria}})',
    what_many: 'a limpeza de {{count}} backups em {{server}} ({{criteria}})',
    what_other: 'a limpeza de {{count}} backups em {{server}} ({{criteria}})',
    nothingDone: 'nada foi excluído',
    checkHint: 'verifique os backups no painel',
  },
  noneLeft: 'Nada foi excluído: desde o seu pedido, nenhum desses backups pode mais ser limpo.',
  leftAloneTitle: '**Deixados intactos**',
  line: '• {{backup}} — {{why}}',
  deleting_one: '🧹 Excluindo {{count}} backup em {{server}}…',
  deleting_many: '🧹 Excluindo {{count}} backups em {{server}}, um por um…',
  deleting_other: '🧹 Excluindo {{count}} backups em {{server}}, um por um…',
  slowingDown:
    '🧹 Excluindo em {{server}}: {{deleted}} de {{count}} excluídos. O painel pediu que eu fosse mais devagar, então vou esperar {{seconds}} s antes de continuar…',
  restarting: 'o bot está reiniciando.',
  noAnswer: 'o painel não respondeu (o backup pode ter sido excluído): {{why}}',
  leftAlone: {
    gone: 'já não existe',
    locked: 'bloqueado nesse meio-tempo',
    lastSuccessful: 'agora é o último backup bem-sucedido',
    noLongerMatches: 'não corresponde mais',
  },
  report: {
    deleted: '**excluídos: {{count}}**',
    failed: 'com falha: {{count}}',
    notDeleted: 'não excluídos: {{count}}',
    head: '{{icon}} Limpeza de {{server}} ({{criteria}}) — {{counts}}.',
    deletedTitle: '**Excluídos**',
    failedTitle: '**Com falha**',
    stoppedTitle: '**Não excluídos**: parei — {{why}}',
    leftAloneTitle: '**Deixados intactos** (mudaram desde o seu pedido)',
  },
  audit: {
    failed: 'com falha: {{count}}',
    notDeleted: 'não excluídos: {{count}} (a limpeza parou)',
    line_one: '🧹 {{member}} limpou {{server}} ({{criteria}}): {{count}} backup excluído{{more}}.',
    line_many: '🧹 {{member}} limpou {{server}} ({{criteria}}): {{count}} backups excluídos{{more}}.',
    line_other: '🧹 {{member}} limpou {{server}} ({{criteria}}): {{count}} backups excluídos{{more}}.',
  },
};
