import type { setup as Source } from '../en-US/setup.js';
import type { Translation } from '../translation.js';

/** Brazilian Portuguese words of the `setup` area (see ../en-US/setup.ts). */
export const setup: Translation<typeof Source> = {
  dmFailed:
    '📪 Não consegui enviar uma DM para você, então a configuração não pode começar. Permita mensagens diretas deste servidor (clique no nome do servidor → **Configurações de privacidade** → ative **Mensagens diretas**) e execute `/setup` novamente.',
  dmSent: '📬 Enviei uma DM para você configurar **{{guild}}**. Todo o resto acontece lá.',
  embed: {
    title: 'Configuração do bot de backup para {{guild}}',
    description:
      'Os membros vinculam a própria chave de API do painel com `/link`; o painel decide o que cada chave pode fazer. A URL do painel é definida aqui, então ela nunca aparece em um canal.',
    panelUrl: 'URL do painel',
    panelUrlUnset: 'não definida — clique em **Definir URL do painel**',
    roles: 'Cargos que podem restaurar e excluir',
    rolesAnyone: 'qualquer membro cuja chave do painel permita',
    audit: 'Canal de auditoria',
    none: 'nenhum',
    notifications: 'Canal de notificações',
    notificationsSet:
      '{{channel}} — backups feitos no painel, falhas, backups travados e excluídos, restaurações',
    notificationsNone: 'nenhum — o painel não é monitorado',
    lastChange: 'Última alteração',
    lastChangeBy: 'por {{member}} {{when}}',
    status: 'Status',
  },
  controls: {
    setUrl: 'Definir URL do painel',
    test: 'Testar conexão',
    rolesPlaceholder: 'Cargos que podem restaurar e excluir (nenhum: qualquer um){{page}}',
    auditPlaceholder: 'Canal de auditoria (opcional){{page}}',
    notificationsPlaceholder: 'Canal de notificações (opcional; pode ser o canal de auditoria){{page}}',
    pageNote: ' · página {{page}} de {{pages}}',
    noAudit: 'Sem canal de auditoria',
    noNotifications: 'Sem canal de notificações',
    rolesPrevious: '◀ Cargos',
    rolesNext: 'Cargos ▶',
    channelsPrevious: '◀ Canais',
    channelsNext: 'Canais ▶',
  },
  form: {
    title: 'URL do painel',
    label: 'URL do painel',
    notSaved: 'A URL do painel não foi salva. {{reason}}',
    saved: '✅ URL do painel salva; o painel respondeu em {{ms}} ms.',
    savedUnlinked:
      '✅ URL do painel salva; o painel respondeu em {{ms}} ms. Os membros vinculados ao painel anterior foram desvinculados e precisam executar `/link` novamente.',
  },
  status: {
    channelGone: 'Esse canal não existe mais. Escolha de novo.',
    rolesGone: 'Alguns desses cargos não existem mais. Escolha de novo.',
    urlFirst: 'Defina a URL do painel primeiro.',
    testPassed: '✅ O painel respondeu em {{ms}} ms.',
    testFailed: '❌ {{reason}}',
    rolesSet: '✅ Só esses cargos (e quem tem a permissão Gerenciar servidor) podem restaurar e excluir.',
    rolesAnyone: '✅ Qualquer pessoa cuja chave do painel permita pode restaurar e excluir.',
    auditSet: '✅ As ações de backup serão registradas nesse canal.',
    auditNone: '✅ Sem canal de auditoria.',
    notificationsSet:
      '✅ Vou monitorar o painel e publicar lá: backups feitos sem mim (agendamentos, o painel), como eles terminam, backups travados e excluídos, restaurações.',
    notificationsNone:
      '✅ Sem canal de notificações: o painel não é mais monitorado para este servidor do Discord.',
  },
  probe: {
    tls: 'Não foi possível verificar o certificado HTTPS de {{url}}. O painel precisa de um certificado válido para o nome de host dele.',
    notAPanel:
      '{{url}} não responde como um painel Pterodactyl ou Pelican. Use o endereço em que você abre o painel no navegador.',
    addressRefused:
      '{{url}} leva a um endereço ao qual o bot não pode se conectar (privado, loopback ou link-local).',
    unreachable: 'Não foi possível conectar a {{url}}. Verifique o endereço e se o painel está no ar.',
    other: 'Não foi possível verificar {{url}}. {{reason}}',
    noKeyAsked:
      '{{url}} respondeu sem pedir uma chave, então não se comporta como um painel Pterodactyl ou Pelican.',
  },
};
