import type { rotate as Source } from '../en-US/rotate.js';
import type { Translation } from '../translation.js';

/** Portuguese (Brazil) words of the `rotate` area (see ../en-US/rotate.ts). */
export const rotate: Translation<typeof Source> = {
  noBackupsAllowed:
    '{{server}} não tem direito a nenhum backup (o limite de backups é 0). Peça a um administrador do painel para aumentar o limite.',
  reached: '{{server}} atingiu o limite de backups ({{used}} de {{limit}}).',
  wouldDelete:
    '{{atLimit}} Para liberar espaço, seria preciso excluir o backup não bloqueado mais antigo. {{reason}}',
  allLocked:
    '{{atLimit}} Todos os backups que contam para o limite estão bloqueados, então não há nenhum que eu possa excluir para liberar espaço. Exclua um backup de que você não precisa mais (desbloqueie-o antes, se estiver bloqueado) e tente novamente.',
  allLockedOrRunning:
    '{{atLimit}} Todos os backups que contam para o limite estão bloqueados ou ainda em andamento, então não há nenhum que eu possa excluir para liberar espaço. Exclua um backup de que você não precisa mais (desbloqueie-o antes, se estiver bloqueado) e tente novamente.',
  throttled:
    '{{atLimit}} {{throttled}} Nada foi excluído: liberar espaço agora faria perder o backup mais antigo sem um novo no lugar.',
  scheduleRunning:
    '{{atLimit}} Um agendamento de backup deste servidor ({{schedule}}) está em execução e, no limite, ele mesmo exclui o backup não bloqueado mais antigo. Nada foi excluído: tente novamente em um ou dois minutos. (Se esta mensagem continuar aparecendo depois de alguns minutos, o agendamento pode estar travado: pausá-lo e retomá-lo resolve isso.)',
  scheduleDue:
    '{{atLimit}} Um agendamento de backup deste servidor ({{schedule}}) está prestes a ser executado e, no limite, ele mesmo exclui o backup não bloqueado mais antigo. Nada foi excluído: tente novamente em um ou dois minutos.',
  roomMade:
    'Foi liberado espaço em {{server}} bem no momento do seu pedido, então não é preciso excluir nada: execute `/backup create` novamente.',
  ask: {
    created: 'criado {{when}}, em {{date}}',
    createdSized: 'criado {{when}}, em {{date}}, {{size}}',
    newNamed: 'o novo backup {{backup}}',
    newUnnamed: 'um novo backup',
    question:
      '**Excluir o backup não bloqueado mais antigo** {{backup}} ({{created}}) **e criar** {{newOne}}?',
    cannotUndo: '• O backup excluído não pode ser recuperado; backups bloqueados nunca são tocados.',
    confirm: 'Excluir o mais antigo e criar',
  },
  sinceAsked: '⚠️ Desde a minha pergunta, {{change}}. Nada foi excluído.',
  changed: {
    gone: 'o backup {{backup}} sumiu (foi excluído nesse meio-tempo), então o backup não bloqueado mais antigo agora é outro',
    locked: 'o backup {{backup}} foi bloqueado, então o backup não bloqueado mais antigo agora é outro',
    notOldest: 'o backup {{backup}} não é mais o backup não bloqueado mais antigo',
  },
  refusal: {
    what: 'a exclusão do backup {{backup}} em {{server}} para liberar espaço para um novo backup',
    nothingDone: 'nada foi excluído',
    checkHint: 'verifique os backups no painel',
  },
  originDeleted:
    '♻️ Espaço liberado com a exclusão do backup não bloqueado mais antigo, {{backup}} (criado em {{date}}).',
  originMeanwhile: '📦 Foi liberado espaço nesse meio-tempo, então nada foi excluído.',
  auditDeleted:
    '♻️ {{member}} excluiu o backup {{backup}} em {{server}} para liberar espaço (limite {{limit}}) e iniciou o backup {{started}}.',
  auditMeanwhile:
    '📦 {{member}} iniciou o backup {{started}} em {{server}} (foi liberado espaço nesse meio-tempo, nada foi excluído).',
  notCreatedUnknown:
    '⚠️ O backup {{backup}} **foi excluído** em {{server}} para liberar espaço, mas o painel não respondeu quando pedi o novo backup, então ele pode ou não ter sido criado: verifique `/backup list`. {{why}}',
  notCreated:
    '⚠️ O backup {{backup}} **foi excluído** em {{server}} para liberar espaço, mas o novo backup **não foi criado**: {{why}}',
  auditNotCreatedUnknown:
    '⚠️ {{member}} excluiu o backup {{backup}} em {{server}} para liberar espaço, mas o novo backup pode não ter sido criado (o painel não respondeu).{{reason}}',
  auditNotCreated:
    '⚠️ {{member}} excluiu o backup {{backup}} em {{server}} para liberar espaço, mas o novo backup não foi criado.{{reason}}',
};
