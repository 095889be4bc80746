import type { backup as Source } from '../en-US/backup.js';
import type { Translation } from '../translation.js';

/** Portuguese (Brazil) words of the `backup` area (see ../en-US/backup.ts). */
export const backup: Translation<typeof Source> = {
  size: {
    bytes: '{{value}} B',
    kibibytes: '{{value}} KiB',
    mebibytes: '{{value}} MiB',
    gibibytes: '{{value}} GiB',
    tebibytes: '{{value}} TiB',
  },
  age: {
    seconds_one: 'há {{count}} s',
    seconds_many: 'há {{count}} s',
    seconds_other: 'há {{count}} s',
    minutes_one: 'há {{count}} min',
    minutes_many: 'há {{count}} min',
    minutes_other: 'há {{count}} min',
    hours_one: 'há {{count}} h',
    hours_many: 'há {{count}} h',
    hours_other: 'há {{count}} h',
    days_one: 'há {{count}} d',
    days_many: 'há {{count}} d',
    days_other: 'há {{count}} d',
  },
  duration: {
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min {{seconds}} s',
    hours: '{{hours}} h {{minutes}} min',
  },
  state: {
    inProgress: '⏳ em andamento',
    completed: '✅ concluído',
    failed: '❌ falhou',
  },
  field: {
    state: 'Estado',
    locked: 'Bloqueado',
    size: 'Tamanho',
    created: 'Criado',
    completed: 'Concluído',
    took: 'Duração',
    scheduled: 'Agendado',
    checksum: 'Soma de verificação',
    ignoredFiles: 'Arquivos ignorados',
    uuid: 'UUID',
  },
  value: {
    yes: 'sim',
    lockedYes: '🔒 sim',
    no: 'não',
    notYet: 'ainda não',
    none: 'nenhum',
  },
  choice: {
    label: '{{name}} · {{detail}} · {{age}}',
    labelLocked: '{{name}} · {{detail}} · {{age}} · bloqueado',
    inProgress: 'em andamento',
    failed: 'falhou',
  },
  scheduleChoice: {
    active: '{{name}} — {{rule}}',
    paused: '{{name}} — {{rule}} (pausado)',
  },
  list: {
    title: 'Backups de {{server}}',
    used_one: '{{used}} de {{count}} backup em uso',
    used_many: '{{used}} de {{count}} backups em uso',
    used_other: '{{used}} de {{count}} backups em uso',
    keptDisabled_one: '{{count}} backup mantido · os backups estão desativados neste servidor (limite 0)',
    keptDisabled_many: '{{count}} backups mantidos · os backups estão desativados neste servidor (limite 0)',
    keptDisabled_other: '{{count}} backups mantidos · os backups estão desativados neste servidor (limite 0)',
    summary: '**{{used}}** · {{size}} no total',
    nextOut: '♻️ o próximo a ser excluído quando um agendamento for executado no limite',
    empty: 'Ainda não há backups. Crie um com `/backup create`.',
    footer: '{{used}} · página {{page}} de {{pages}} · {{server}}',
    previous: 'Anterior',
    next: 'Próxima',
  },
  created: {
    title: 'Backup {{backup}}',
    inProgress: '⏳ Em andamento: vou atualizar esta mensagem quando o painel informar que terminou.',
    waiting:
      '⏳ Em andamento há {{duration}}: aguardando o painel informar que terminou (última verificação: {{checked}}).',
    lockRefused: '⚠️ O painel o criou desbloqueado: bloquear exige a permissão `backup.delete`.',
    completed: '✅ Concluído.',
    failed: '❌ O backup falhou no node. Ele não conta para o limite; você pode tentar novamente.',
    dmCompleted: '✅ Concluído ({{size}}).',
    dmCompletedIn: '✅ Concluído ({{size}} em {{duration}}).',
    dm: 'Backup {{backup}} em {{server}}: {{news}}',
    deadline:
      '⏳ Após {{duration}}, o painel ainda informa que este backup está em andamento, então parei de acompanhá-lo. Verifique-o com `/backup info`.',
    followFailed:
      '⚠️ Não consegui acompanhar este backup até o fim: {{message}}\nVerifique-o mais tarde com `/backup info`.',
    auditStarted: '📦 {{member}} iniciou o backup {{backup}} em {{server}}.',
    auditCompleted:
      '📦 O backup {{backup}} em {{server}} (iniciado por {{member}}) foi concluído ({{size}}).',
    auditFailed: '📦 O backup {{backup}} em {{server}} (iniciado por {{member}}) falhou.',
    auditUnknown:
      '📦 O backup {{backup}} em {{server}} (iniciado por {{member}}): não consegui acompanhá-lo até o fim, então o resultado é desconhecido aqui.',
  },
  download: {
    inProgress: 'O backup {{backup}} ainda está em andamento: baixe-o quando ele for concluído.',
    failed: 'O backup {{backup}} falhou, então não há arquivo para baixar.',
    expiresAt: 'Ele expira {{expires}} ({{time}}).',
    expiresSoon: 'Ele expira em poucos minutos.',
    link: '🔗 Link de download de {{backup}} ({{size}}) em {{server}}.\nO link funciona **uma única vez** e só você pode vê-lo. {{expiry}}',
    button: 'Baixar',
    archiveLink: '**[⬇️ Baixar o arquivo]({{url}})**',
    audit: '🔗 {{member}} obteve um link de download do backup {{backup}} em {{server}}.',
  },
  lock: {
    locked:
      '🔒 O backup {{backup}} em {{server}} agora está **bloqueado**: ele não pode ser excluído até ser desbloqueado.',
    unlocked: '🔓 O backup {{backup}} em {{server}} agora está **desbloqueado**: ele pode ser excluído.',
    auditLocked: '🔒 {{member}} bloqueou o backup {{backup}} em {{server}}.',
    auditUnlocked: '🔓 {{member}} desbloqueou o backup {{backup}} em {{server}}.',
  },
  delete: {
    question:
      '🗑️ **Excluir** o backup {{backup}}, criado em {{created}}, de {{server}}?\n• Esta ação não pode ser desfeita.',
    questionWithSize:
      '🗑️ **Excluir** o backup {{backup}} ({{size}}), criado em {{created}}, de {{server}}?\n• Esta ação não pode ser desfeita.',
    confirm: 'Excluir',
    deleted: '🗑️ O backup {{backup}} foi excluído de {{server}}.',
    audit: '🗑️ {{member}} excluiu o backup {{backup}} de {{server}}.',
    refusal: {
      what: 'a exclusão do backup {{backup}} em {{server}}',
      nothingDone: 'nada foi excluído',
      checkHint: 'verifique o backup no painel',
    },
  },
  rename: {
    cannot:
      'Este painel não pode renomear backups: renomear é um recurso do Pelican, e o Pterodactyl não tem essa ação. Para ter um backup com outro nome, crie um novo com `/backup create name:…`.',
    blank: 'Dê ao backup um nome que não seja só espaços.',
    unchanged: 'O backup {{backup}} em {{server}} já tem esse nome. Nada foi alterado.',
    renamed: '✏️ O backup {{backup}} em {{server}} agora se chama {{renamed}}.',
    audit: '✏️ {{member}} renomeou o backup {{backup}} em {{server}} para {{renamed}}.',
  },
  check: {
    pickBackup: 'Escolha o backup na lista que a opção `backup` sugere (é preciso o UUID do backup).',
    missingPermission:
      'Sua conta do painel não tem a permissão `{{permission}}` no servidor `{{server}}`. Peça ao dono do servidor para concedê-la.',
    notRestorable:
      'O backup {{backup}} ainda está em andamento: ele poderá ser restaurado quando for concluído.',
    locked:
      'O backup {{backup}} está bloqueado, então não pode ser excluído. Primeiro desbloqueie-o com `/backup lock` e depois exclua-o.',
  },
};
