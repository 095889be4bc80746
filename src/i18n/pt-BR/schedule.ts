import type { schedule as Source } from '../en-US/schedule.js';
import type { Translation } from '../translation.js';

/** Brazilian Portuguese words of the `schedule` area (see ../en-US/schedule.ts). */
export const schedule: Translation<typeof Source> = {
  rule: {
    everyHours: 'a cada {{hours}} horas',
    everyHoursPast: 'a cada {{hours}} horas, no minuto {{minute}}',
    everyDay: 'todos os dias às {{time}}',
    weekly: {
      sunday: 'todo domingo às {{time}}',
      monday: 'toda segunda-feira às {{time}}',
      tuesday: 'toda terça-feira às {{time}}',
      wednesday: 'toda quarta-feira às {{time}}',
      thursday: 'toda quinta-feira às {{time}}',
      friday: 'toda sexta-feira às {{time}}',
      saturday: 'todo sábado às {{time}}',
    },
    rawCron: 'conforme o cron `{{cron}}`',
    withZone: '{{rule}} ({{zone}})',
  },
  zone: {
    panel: 'horário do painel',
    utc: 'UTC',
    panelOffset: 'horário do painel, UTC{{offset}}',
  },
  defaultName: 'Backup {{rule}}',
  when: {
    help: 'Escolha uma predefinição da lista (a cada 6 horas, a cada 12 horas, diariamente em um horário, semanalmente) ou informe uma expressão cron de cinco campos: minuto hora dia-do-mês mês dia-da-semana (por exemplo, `0 4 * * *` para todos os dias às 04:00).',
    notUnderstood: 'Não entendi esse agendamento. {{help}}',
    invalidCron: '`{{cron}}` não é uma expressão cron válida ({{reason}}). {{help}}',
    doesNotParse: 'não foi possível interpretá-la',
    neverRuns: '`{{cron}}` nunca é executado (essa data nunca chega). {{help}}',
    tooOften_one:
      '`{{cron}}` seria executado a cada {{count}} minuto. Um agendamento de backup pode ser executado no máximo uma vez por hora: no limite de backups, cada execução exclui o backup não bloqueado mais antigo.',
    tooOften_many:
      '`{{cron}}` seria executado a cada {{count}} minutos. Um agendamento de backup pode ser executado no máximo uma vez por hora: no limite de backups, cada execução exclui o backup não bloqueado mais antigo.',
    tooOften_other:
      '`{{cron}}` seria executado a cada {{count}} minutos. Um agendamento de backup pode ser executado no máximo uma vez por hora: no limite de backups, cada execução exclui o backup não bloqueado mais antigo.',
  },
  choice: {
    cron: '{{rule}} (cron {{cron}})',
    refused: '⚠️ {{reason}}',
    notASchedule: 'não é um agendamento',
  },
  label: '**{{name}}** (#{{id}})',
  notBackups:
    'O agendamento {{schedule}} não faz backups (suas tarefas enviam comandos ou ações de energia), então ele não é gerenciado aqui. Altere-o no painel.',
  noBackupsAllowed:
    '{{server}} não tem direito a nenhum backup (o limite de backups é 0), então o painel recusa um agendamento de backup. Peça a um administrador do painel para aumentar o limite.',
  atLimit:
    'No limite de backups ({{limit}}), cada execução primeiro exclui o backup não bloqueado mais antigo para liberar espaço. Se todos os backups estiverem bloqueados, a execução falha e nada é excluído.',
  state: {
    running: '⏳ em execução agora',
    active: '▶️ ativo',
    paused: '⏸️ pausado',
  },
  lines: {
    rule: '🗓️ {{rule}} · {{state}}',
    runs: 'Próxima execução: {{next}} · Última execução: {{last}}',
    nextAt: '{{at}} ({{relative}})',
    notPlanned: 'não prevista',
    paused: '— (pausado)',
    never: 'nunca',
    onlyWhenOnline: 'Só é executado enquanto o servidor está online.',
    leavesOut: 'Exclui: {{patterns}}',
  },
  create: {
    title: 'Agendamento de backup {{name}}',
    created: '✅ Criado em {{server}}: {{rule}}.',
    firstRun: 'Primeira execução: {{at}} ({{relative}}).',
    limitField: 'No limite de backups',
    used: 'Agora {{used}} de {{limit}} em uso.',
    usedNextDeletes:
      'Agora {{used}} de {{limit}} em uso. A próxima execução excluiria {{backup}} (criado {{relative}}).',
    usedAllLocked:
      'Agora {{used}} de {{limit}} em uso. Todos os backups estão bloqueados agora, então as execuções falhariam até que um seja desbloqueado ou excluído.',
    footer: 'agendamento #{{id}} · {{server}}',
    audit: '🗓️ {{user}} criou o agendamento de backup {{schedule}} em {{server}}: {{rule}}.',
    notRemoved:
      '{{reason}}\n⚠️ O agendamento {{schedule}} foi criado sem sua tarefa de backup, e não consegui removê-lo. Exclua-o com `/backup schedule delete` ou no painel.',
    removed: '{{reason}}\nO agendamento foi removido novamente, para que nada ficasse pela metade.',
  },
  list: {
    title: 'Agendamentos de backup de {{name}}',
    none: '{{server}} não tem nenhum agendamento de backup. Crie um com `/backup schedule create`.',
    summary_one: '{{count}} agendamento de backup em {{server}}.',
    summary_many: '{{count}} agendamentos de backup em {{server}}.',
    summary_other: '{{count}} agendamentos de backup em {{server}}.',
    limitNote:
      'No limite de backups ({{limit}}), uma execução primeiro exclui o backup não bloqueado mais antigo.',
    others_one: '{{count}} outro agendamento (comandos ou ações de energia, sem backup) não exibido.',
    others_many: '{{count}} outros agendamentos (comandos ou ações de energia, sem backup) não exibidos.',
    others_other: '{{count}} outros agendamentos (comandos ou ações de energia, sem backup) não exibidos.',
    andMore: 'E mais',
  },
  pause: {
    alreadyActive: 'O agendamento {{schedule}} em {{server}} já está ativo. Nada foi alterado.',
    alreadyPaused: 'O agendamento {{schedule}} em {{server}} já está pausado. Nada foi alterado.',
    resumed: '▶️ O agendamento {{schedule}} em {{server}} está **ativo** novamente: {{rule}}.',
    resumedNextRun:
      '▶️ O agendamento {{schedule}} em {{server}} está **ativo** novamente: {{rule}}. Próxima execução: {{at}} ({{relative}}).',
    paused:
      '⏸️ O agendamento {{schedule}} em {{server}} está **pausado**: ele não faz backups até você retomá-lo com `/backup schedule resume`.',
    auditResumed: '▶️ {{user}} retomou o agendamento de backup {{schedule}} em {{server}}.',
    auditPaused: '⏸️ {{user}} pausou o agendamento de backup {{schedule}} em {{server}}.',
  },
  delete: {
    question:
      '🗑️ **Excluir** o agendamento de backup {{schedule}} ({{rule}}) de {{server}}?\n• Ele não fará mais backups; os backups que ele já fez permanecem.',
    confirm: 'Excluir agendamento',
    deleted: '🗑️ O agendamento de backup {{schedule}} foi excluído de {{server}}. Os backups dele permanecem.',
    audit: '🗑️ {{user}} excluiu o agendamento de backup {{schedule}} de {{server}}.',
    what: 'excluir o agendamento de backup {{schedule}} em {{server}}',
    nothingDone: 'nada foi excluído',
    checkHint: 'verifique o agendamento no painel',
  },
  run: {
    rotated:
      'No limite de backups, o painel excluiu {{backups}} (o não bloqueado mais antigo) para liberar espaço.',
    origin: '🗓️ Feito pelo agendamento {{schedule}}, executado agora por {{user}}.',
    audit:
      '🗓️ {{user}} executou o agendamento de backup {{schedule}} em {{server}}: backup {{backup}} iniciado.',
    offline:
      'O agendamento {{schedule}} só é executado enquanto o servidor está online, e {{server}} está no estado **{{state}}**: o painel aceitaria a execução e não faria nenhum backup. Inicie o servidor primeiro ou faça um backup agora com `/backup create`.',
    nothingMade:
      '⚠️ O painel aceitou a execução do agendamento {{schedule}} em {{server}}, mas nenhum backup novo apareceu.',
    skippedOffline:
      'O agendamento só é executado enquanto o servidor está online: o painel pula a execução quando vê o servidor offline ou parando.',
    skippedBusy:
      'O painel pula uma execução enquanto o servidor está suspenso, sendo instalado ou restaurado.',
    tryAgain: 'Verifique o servidor e tente novamente (última verificação {{relative}}).',
  },
};
