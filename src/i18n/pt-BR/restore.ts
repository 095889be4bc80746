import type { restore as Source } from '../en-US/restore.js';
import type { Translation } from '../translation.js';

/** Portuguese (Brazil) words of the `restore` area (see ../en-US/restore.ts). */
export const restore: Translation<typeof Source> = {
  ask: {
    question: '♻️ **Restaurar** o backup {{backup}} (criado em {{created}}) em {{server}}?',
    truncate:
      '• **Todos os arquivos atuais são excluídos primeiro** (truncate) e depois o backup é descompactado.',
    overwrite:
      '• Os arquivos do backup substituem os atuais; os arquivos que não estão no backup são mantidos.',
    running:
      '• O servidor está no estado **{{state}}**: vou enviar o sinal de parada, esperar até ele ficar offline e então restaurar.',
    offline: '• O servidor está offline.',
    failedBackup:
      '• ⚠️ Este backup **falhou** quando foi feito: os arquivos restaurados podem estar incompletos.',
    confirmStop: 'Parar e restaurar',
    confirm: 'Restaurar',
  },
  startedMeanwhile:
    '{{server}} foi iniciado depois do seu pedido, então esta confirmação não descreve mais o que aconteceria. Execute `/backup restore` novamente.',
  refusal: {
    what: 'a restauração do backup {{backup}} em {{server}}',
    nothingDone: 'nada foi restaurado',
    checkHint: 'verifique o backup no painel',
    maybeStopped: ' O sinal de parada pode já ter sido enviado ao servidor.',
  },
  progress:
    '♻️ Restaurando {{backup}} em {{server}}… ({{duration}} até agora; aguardando o painel informar que terminou)',
  finished:
    '✅ A restauração de {{backup}} em {{server}} terminou. O servidor está offline: inicie-o quando quiser.',
  auditFinished: '♻️ A restauração de {{backup}} em {{server}} (por {{member}}) terminou.',
  deadline:
    '⏳ Após {{duration}}, o painel ainda informa que {{server}} está restaurando {{backup}}, então parei de acompanhar. Verifique o servidor no painel antes de iniciá-lo.',
  followFailed:
    '⚠️ Não consegui acompanhar a restauração de {{backup}} em {{server}} até o fim: {{message}}\nO painel pode ainda estar restaurando: verifique o servidor no painel antes de iniciá-lo.',
  auditFollowFailed:
    '♻️ A restauração de {{backup}} em {{server}} (por {{member}}): não consegui acompanhá-la até o fim, então o resultado é desconhecido aqui.',
  started:
    '♻️ Restaurando {{backup}} em {{server}}… Vou atualizar esta mensagem quando o painel informar que terminou.',
  startedTruncated:
    '♻️ Restaurando {{backup}} em {{server}} (arquivos excluídos primeiro)… Vou atualizar esta mensagem quando o painel informar que terminou.',
  auditStarted: {
    plain: '♻️ {{member}} iniciou a restauração do backup {{backup}} em {{server}}.',
    truncate: '♻️ {{member}} iniciou a restauração do backup {{backup}} em {{server}} (truncate).',
    stopped:
      '♻️ {{member}} iniciou a restauração do backup {{backup}} em {{server}} depois de parar o servidor.',
    truncateStopped:
      '♻️ {{member}} iniciou a restauração do backup {{backup}} em {{server}} (truncate) depois de parar o servidor.',
  },
  waitingToStop: '⏳ Aguardando {{server}} parar antes de restaurar ({{duration}} até agora)…',
  didNotStop:
    '{{server}} não parou em {{duration}}, então nada foi restaurado. Pare-o pelo painel e tente novamente.',
  stopping: '⏹️ Enviando o sinal de parada para {{server}}…',
};
