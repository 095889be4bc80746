import type { panel as Source } from '../en-US/panel.js';
import type { Translation } from '../translation.js';

/** Brazilian Portuguese words of the `panel` area (see ../en-US/panel.ts). */
export const panel: Translation<typeof Source> = {
  unauthenticated:
    'O painel rejeitou sua chave de API (ela pode ter sido excluída ou expirado). Execute `/link` novamente com uma chave nova.',
  forbidden: {
    permission: {
      named:
        'Sua conta do painel não tem a permissão {{permission}} no servidor {{server}}. Peça ao dono do servidor para concedê-la.',
      unnamed:
        'Sua conta do painel não tem a permissão {{permission}} neste servidor. Peça ao dono do servidor para concedê-la.',
    },
    other: {
      named:
        'O painel recusou esta ação para sua conta no servidor {{server}}. Peça acesso ao dono do servidor.',
      unnamed: 'O painel recusou esta ação para sua conta neste servidor. Peça acesso ao dono do servidor.',
    },
  },
  applicationKey:
    'Essa é uma chave de API de aplicação, mas o bot precisa de uma chave de API de cliente. Crie uma no painel em Conta → Credenciais de API e execute `/link` novamente.',
  ipRestricted:
    'Sua chave de API só funciona a partir de certos endereços IP, e o bot não está entre eles. Crie uma chave sem essa restrição (ou libere o endereço do bot) e execute `/link` novamente.',
  twoFactorRequired:
    'O painel exige a autenticação em dois fatores na sua conta antes de permitir o acesso à API. Ative-a nas configurações da sua conta do painel e tente novamente.',
  notFound: {
    server: {
      named:
        'O painel não tem nenhum servidor {{server}} que sua conta possa acessar. Verifique o identificador do servidor (a opção `server` lista os seus).',
      unnamed:
        'O painel não tem este servidor, ou sua conta não consegue acessá-lo. Verifique o identificador do servidor (a opção `server` lista os seus).',
    },
    backup: {
      named:
        'O servidor {{server}} não tem nenhum backup {{backup}} (ele pode ter sido excluído). Escolha um da lista da opção `backup`.',
      unnamed:
        'Este servidor não tem nenhum backup {{backup}} (ele pode ter sido excluído). Escolha um da lista da opção `backup`.',
    },
    schedule: {
      named:
        'O servidor {{server}} não tem nenhum agendamento #{{schedule}} (ele pode ter sido excluído). Escolha um da lista da opção `schedule`.',
      unnamed:
        'Este servidor não tem nenhum agendamento #{{schedule}} (ele pode ter sido excluído). Escolha um da lista da opção `schedule`.',
    },
    serverOrBackup: {
      named:
        'O painel não encontrou o servidor {{server}} ou o backup {{backup}} dele. Verifique os dois e tente novamente.',
      unnamed:
        'O painel não encontrou este servidor ou o backup {{backup}} dele. Verifique os dois e tente novamente.',
    },
    other: 'O painel não encontrou o que foi pedido. Verifique o servidor e tente novamente.',
  },
  conflict: {
    suspended: {
      named:
        'O servidor {{server}} está suspenso, então o painel recusa esta ação. Pergunte a um administrador do painel sobre a suspensão.',
      unnamed:
        'Este servidor está suspenso, então o painel recusa esta ação. Pergunte a um administrador do painel sobre a suspensão.',
    },
    maintenance: {
      named:
        'O node que executa o servidor {{server}} está em manutenção. Tente novamente quando a manutenção terminar.',
      unnamed:
        'O node que executa este servidor está em manutenção. Tente novamente quando a manutenção terminar.',
    },
    installing: {
      named:
        'O servidor {{server}} ainda não terminou de ser instalado. Tente novamente quando a instalação for concluída.',
      unnamed:
        'Este servidor ainda não terminou de ser instalado. Tente novamente quando a instalação for concluída.',
    },
    restoring: {
      named:
        'O servidor {{server}} está restaurando um backup neste momento. Tente novamente quando a restauração terminar.',
      unnamed:
        'Este servidor está restaurando um backup neste momento. Tente novamente quando a restauração terminar.',
    },
    transferring: {
      named:
        'O servidor {{server}} está sendo movido para outra máquina. Tente novamente quando a transferência for concluída.',
      unnamed:
        'Este servidor está sendo movido para outra máquina. Tente novamente quando a transferência for concluída.',
    },
    busy: {
      named: 'O servidor {{server}} está ocupado: o painel diz "{{detail}}". Tente novamente mais tarde.',
      unnamed: 'Este servidor está ocupado: o painel diz "{{detail}}". Tente novamente mais tarde.',
    },
    other: {
      named:
        'O servidor {{server}} está em um estado que não permite isso no momento. Tente novamente mais tarde.',
      unnamed: 'Este servidor está em um estado que não permite isso no momento. Tente novamente mais tarde.',
    },
  },
  validation: {
    details: 'O painel rejeitou a requisição: {{details}}.',
    none: 'O painel rejeitou a requisição como inválida.',
  },
  unsupported:
    'Este painel não oferece essa ação (a API dele não tem essa rota). Talvez seja preciso uma versão mais recente do painel.',
  backupTaskForbidden:
    'Este servidor não tem direito a nenhum backup (o limite de backups é 0), então o painel recusa um agendamento de backup. Peça a um administrador do painel para aumentar o limite.',
  tooManyBackups: {
    noneAllowed:
      'Este servidor não tem direito a nenhum backup (o limite de backups é 0). Peça a um administrador do painel para aumentar o limite.',
    atLimit:
      'Este servidor atingiu o limite de backups ({{limit}} de {{limit}}). Exclua um backup de que você não precisa mais (desbloqueie-o antes, se estiver bloqueado) e tente novamente.',
    limitUnknown:
      'Este servidor atingiu o limite de backups. Exclua um backup de que você não precisa mais (desbloqueie-o antes, se estiver bloqueado) e tente novamente.',
  },
  backupLocked:
    'Este backup está bloqueado, então o painel não vai excluí-lo. Desbloqueie-o primeiro com `/backup lock` e depois exclua-o.',
  badRequest: {
    notFinished:
      'Este backup ainda não terminou, então não pode ser restaurado. Aguarde até que ele seja concluído e tente novamente.',
    restoreState: {
      named:
        'O servidor {{server}} não está em um estado que permita uma restauração (por exemplo, após uma reinstalação que falhou). Peça a um administrador do painel para verificá-lo.',
      unnamed:
        'Este servidor não está em um estado que permita uma restauração (por exemplo, após uma reinstalação que falhou). Peça a um administrador do painel para verificá-lo.',
    },
    cron: 'O painel não aceitou este horário como regra cron. Escolha uma das predefinições de `when` ou verifique a expressão cron (cinco campos: minuto hora dia-do-mês mês dia-da-semana).',
    noTasks:
      'Este agendamento não tem tarefas no painel, então executá-lo não faria nada. Adicione uma tarefa de backup no painel, ou exclua o agendamento e crie-o novamente aqui.',
    tooManyTasks: 'Este agendamento já tem o máximo de tarefas que o painel permite ({{limit}}).',
    tooManyTasksUnknown: 'Este agendamento já tem o máximo de tarefas que o painel permite.',
    diskDriver:
      'Este backup está armazenado em um local de onde o painel não consegue oferecer downloads. Fale com um administrador do painel.',
    detail: 'O painel recusou a requisição: {{detail}}.',
    other: 'O painel recusou a requisição por estar malformada.',
  },
  throttle: {
    rule_one: 'O painel só permite {{count}} backup a cada {{period}} neste servidor.',
    rule_many: 'O painel só permite {{count}} backups a cada {{period}} neste servidor.',
    rule_other: 'O painel só permite {{count}} backups a cada {{period}} neste servidor.',
    unknown: 'O painel limita a frequência com que backups podem ser criados neste servidor.',
    restores:
      'O painel está limitando a frequência com que backups podem ser restaurados neste servidor (ou quantas requisições sua conta pode fazer).',
    requests: 'O painel está limitando quantas requisições sua conta pode fazer.',
  },
  period: {
    hour: 'hora',
    hours_one: '{{count}} hora',
    hours_many: '{{count}} horas',
    hours_other: '{{count}} horas',
    minute: 'minuto',
    minutes_one: '{{count}} minuto',
    minutes_many: '{{count}} minutos',
    minutes_other: '{{count}} minutos',
    seconds_one: '{{count}} segundo',
    seconds_many: '{{count}} segundos',
    seconds_other: '{{count}} segundos',
  },
  retry: {
    at: 'Tente novamente {{when}}.',
    fewMinutes: 'Tente novamente em alguns minutos.',
    minute: 'Tente novamente em um minuto.',
  },
  nodeUnreachable: {
    named:
      'O painel não conseguiu se comunicar com a máquina (node) que executa o servidor {{server}}. Ela pode estar fora do ar: tente novamente em alguns minutos ou avise um administrador do painel.',
    unnamed:
      'O painel não conseguiu se comunicar com a máquina (node) que executa este servidor. Ela pode estar fora do ar: tente novamente em alguns minutos ou avise um administrador do painel.',
  },
  daemonError: {
    detail: {
      named:
        'A máquina que executa o servidor {{server}} informou um erro: {{detail}}. Tente novamente ou, se isso continuar acontecendo, avise um administrador do painel.',
      unnamed:
        'A máquina que executa este servidor informou um erro: {{detail}}. Tente novamente ou, se isso continuar acontecendo, avise um administrador do painel.',
    },
    other: {
      named:
        'A máquina que executa o servidor {{server}} informou um erro. Tente novamente ou, se isso continuar acontecendo, avise um administrador do painel.',
      unnamed:
        'A máquina que executa este servidor informou um erro. Tente novamente ou, se isso continuar acontecendo, avise um administrador do painel.',
    },
  },
  panelError: {
    status:
      'O painel teve um erro interno (HTTP {{status}}). Tente novamente em instantes; se isso continuar acontecendo, avise um administrador do painel.',
    other:
      'O painel teve um erro interno. Tente novamente em instantes; se isso continuar acontecendo, avise um administrador do painel.',
  },
  addressRefused:
    'A URL do painel ({{host}}) aponta para um endereço ao qual o bot não tem permissão para se conectar (privado, de loopback ou link-local). Um admin precisa definir o endereço público do painel com `/setup`.',
  unreachable:
    'Não foi possível acessar o painel em {{host}}. Ele pode estar fora do ar, ou a URL do painel está errada (um admin pode verificá-la com `/setup`).',
  cancelled:
    'Parei de esperar pelo painel: isto demorou mais do que a ação permite. Nada mais foi pedido a ele; tente novamente em instantes.',
  timeout_one:
    'O painel não respondeu em {{seconds}} segundo. Ele pode estar sobrecarregado ou fora do ar: tente novamente mais tarde.',
  timeout_many:
    'O painel não respondeu em {{seconds}} segundos. Ele pode estar sobrecarregado ou fora do ar: tente novamente mais tarde.',
  timeout_other:
    'O painel não respondeu em {{seconds}} segundos. Ele pode estar sobrecarregado ou fora do ar: tente novamente mais tarde.',
  tls: 'A conexão segura (HTTPS) com o painel em {{host}} falhou: não foi possível verificar o certificado dele. Um admin precisa corrigir o certificado do painel ou a URL do painel (`/setup`).',
  notAPanel:
    'Esse endereço não responde como um painel Pterodactyl ou Pelican. Verifique a URL do painel com um admin (`/setup`).',
  url: {
    notAUrl: 'Isso não é uma URL. Informe o endereço do seu painel, como `https://panel.example.com`.',
    httpsRequired: 'A URL do painel precisa começar com `https://`.',
    httpRefused:
      'A URL do painel precisa começar com `https://`: caso contrário, as chaves de API trafegariam sem criptografia. (O operador do bot pode permitir `http://` para um painel em uma rede privada com `ALLOW_INSECURE_PANEL_URL=true`.)',
    credentials: 'A URL do painel não pode conter nome de usuário nem senha.',
    queryOrFragment:
      'A URL do painel não pode conter partes `?` ou `#`: informe o endereço do próprio painel.',
    refusedHost: 'Esse endereço não é permitido como URL do painel.',
    doesNotResolveCheck: 'O nome de host `{{host}}` não é resolvido. Verifique a grafia da URL do painel.',
    doesNotResolve: 'O nome de host `{{host}}` não é resolvido.',
    refusedAddress: 'Esse endereço não é permitido como URL do painel (endereço link-local ou de metadados).',
    privateAddress:
      'Essa URL do painel aponta para um endereço privado ou de loopback. O operador do bot pode permitir isso com `ALLOW_INSECURE_PANEL_URL=true`.',
  },
};
