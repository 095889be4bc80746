import type { watch as Source } from '../en-US/watch.js';
import type { Translation } from '../translation.js';

/** Portuguese (Brazil) words of the `watch` area (see ../en-US/watch.ts). */
export const watch: Translation<typeof Source> = {
  event: {
    appeared: {
      bySchedule: {
        inProgress:
          '📦 O backup {{backup}} em {{server}} foi iniciado por um agendamento e está em andamento (iniciado {{started}}).',
        completed:
          '✅ O backup {{backup}} em {{server}} foi iniciado por um agendamento e foi concluído: {{size}}.',
        completedIn:
          '✅ O backup {{backup}} em {{server}} foi iniciado por um agendamento e foi concluído: {{size}} em {{duration}}.',
        failed: '❌ O backup {{backup}} em {{server}} foi iniciado por um agendamento e falhou. {{why}}',
        failedAfter:
          '❌ O backup {{backup}} em {{server}} foi iniciado por um agendamento e falhou após {{duration}}. {{why}}',
      },
      notByMe: {
        inProgress:
          '📦 O backup {{backup}} em {{server}} não foi iniciado por mim, e sim por um agendamento ou pelo painel; está em andamento (iniciado {{started}}).',
        completed:
          '✅ O backup {{backup}} em {{server}} não foi iniciado por mim, e sim por um agendamento ou pelo painel, e foi concluído: {{size}}.',
        completedIn:
          '✅ O backup {{backup}} em {{server}} não foi iniciado por mim, e sim por um agendamento ou pelo painel, e foi concluído: {{size}} em {{duration}}.',
        failed:
          '❌ O backup {{backup}} em {{server}} não foi iniciado por mim, e sim por um agendamento ou pelo painel, e falhou. {{why}}',
        failedAfter:
          '❌ O backup {{backup}} em {{server}} não foi iniciado por mim, e sim por um agendamento ou pelo painel, e falhou após {{duration}}. {{why}}',
      },
    },
    ended: {
      subject: {
        plain: 'O backup {{backup}} em {{server}}',
        wasStuck: 'O backup {{backup}} em {{server}}, que eu tinha informado como travado,',
        alreadyRunning:
          'O backup {{backup}} em {{server}}, que já estava em andamento quando comecei a monitorar,',
      },
      completed: '✅ {{subject}} foi concluído: {{size}}.',
      completedIn: '✅ {{subject}} foi concluído: {{size}} em {{duration}}.',
      failed: '❌ {{subject}} falhou. {{why}}',
      failedAfter: '❌ {{subject}} falhou após {{duration}}. {{why}}',
    },
    stuck: {
      noHistory:
        '⏳ O backup {{backup}} em {{server}} parece travado: está em andamento há {{running}} (não há nenhum backup bem-sucedido deste servidor para comparar, então considero um backup travado após {{threshold}}). O painel o marca como falho após 6 horas se o node nunca responder.',
      withHistory:
        '⏳ O backup {{backup}} em {{server}} parece travado: está em andamento há {{running}} (o mais longo dos backups recentes bem-sucedidos deste servidor levou {{longest}}; considero um backup travado após {{threshold}}). O painel o marca como falho após 6 horas se o node nunca responder.',
    },
    disappeared: {
      done: '🗑️ O backup {{backup}} em {{server}} sumiu do painel (excluído, removido pela rotação de um agendamento ou limpo).',
      whileInProgress:
        '🗑️ O backup {{backup}} em {{server}} sumiu do painel enquanto ainda estava em andamento (excluído, removido pela rotação de um agendamento ou limpo).',
    },
    restoreStarted:
      '♻️ Uma restauração que não foi iniciada por mim começou em {{server}} (o painel não diz de qual backup). O servidor fica indisponível até ela terminar.',
    restoreEnded: {
      startSeen:
        '♻️ A restauração em {{server}} terminou (o painel não diz se deu certo: verifique o servidor antes de iniciá-lo).',
      startUnseen:
        '♻️ Uma restauração que não foi iniciada por mim foi executada em {{server}} e já terminou (o painel não diz de qual backup nem se deu certo: verifique o servidor).',
    },
    late: '{{event}} (percebido após uma reinicialização)',
  },
  failedWhy: {
    ranTooLong:
      'O painel o marcou como falho porque ainda estava em andamento após 6 horas (ele não informa outro motivo).',
    noReason: 'O painel não informa o motivo; o log do node (wings) do servidor diz o porquê.',
  },
  dm: {
    fromGuild: 'De **{{guild}}**: {{event}}',
    keyRefused: 'De **{{guild}}**: parei de monitorar os backups com sua chave do painel. {{reason}}',
    lostPermission:
      'De **{{guild}}**: sua conta do painel não tem mais a permissão `backup.read` em {{server}}, então não monitoro mais os backups desse servidor com sua chave (nem envio DMs sobre eles). Peça ao dono do servidor para conceder essa permissão se quiser voltar a receber as DMs.',
    unknownGuild: 'um servidor do Discord',
  },
  notify: {
    on: '🔔 Vou enviar DMs para você sobre os backups de {{server}}: backups feitos sem mim (agendamentos, o painel) e como terminam, backups travados e excluídos, restaurações. Desative com `/backup notify state:off`.',
    notWatched:
      '⚠️ O painel ainda não é monitorado neste servidor do Discord: um admin define um canal de notificações em `/setup`, e aí as DMs começam.',
    off: '🔕 Sem mais DMs sobre os backups de {{server}}.',
  },
};
